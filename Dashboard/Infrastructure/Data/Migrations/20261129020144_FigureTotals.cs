using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AgreementId_ClosedAt_ReceivedAt_DueAt",
                table: "Requests");

            migrationBuilder.CreateTable(
                name: "FigureTotals",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Span = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Fact = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<long>(type: "INTEGER", nullable: false),
                    Critical = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolveMilliseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    OutageMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    SubscribersAffected = table.Column<long>(type: "INTEGER", nullable: false),
                    DamageVnd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureTotals", x => new { x.AgreementId, x.Span, x.Period, x.Fact, x.KeyId, x.KeyName });
                });

            // The totals of the rows already in the file, as FigureTotalWriter.RebuildSql wrote them when this migration was made.
            migrationBuilder.Sql(""""
                INSERT INTO "FigureTotals" ("Span", "AgreementId", "Period", "Fact", "KeyId", "KeyName", "Count", "OnTime", "Resolved", "Critical", "ResolveMilliseconds", "OutageMinutes", "SubscribersAffected", "DamageVnd")
                    SELECT 0, * FROM (SELECT "AgreementId", "Period", "Fact", "KeyId", "KeyName", SUM("Count") AS "Count", SUM("OnTime") AS "OnTime", SUM("Resolved") AS "Resolved", SUM("Critical") AS "Critical", SUM("ResolveMilliseconds") AS "ResolveMilliseconds", SUM("OutageMinutes") AS "OutageMinutes", SUM("SubscribersAffected") AS "SubscribersAffected", SUM("DamageVnd") AS "DamageVnd" FROM (
                SELECT "AgreementId", (CAST(strftime('%Y', "ReceivedAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "ReceivedAt", '+7 hours') AS INTEGER) - 1) AS "Period", 1 AS "Fact", 0 AS "KeyId", '' AS "KeyName",
                    COUNT(*) AS "Count", 0 AS "OnTime", 0 AS "Resolved", 0 AS "Critical", 0 AS "ResolveMilliseconds",
                    0 AS "OutageMinutes", 0 AS "SubscribersAffected", 0 AS "DamageVnd"
                    FROM "Requests" WHERE "ReceivedAt" IS NOT NULL GROUP BY 1, 2
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "AnsweredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "AnsweredAt", '+7 hours') AS INTEGER) - 1), 2, COALESCE("AssignedToId", 0), '',
                    COUNT(*), COUNT(CASE WHEN "AnsweredAt" <= "DueAt" THEN 1 END), 0, 0, 0, 0, 0, 0
                    FROM "Requests" WHERE "AnsweredAt" IS NOT NULL GROUP BY 1, 2, 4
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "PerformedAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "PerformedAt", '+7 hours') AS INTEGER) - 1), 3, 0, "Kind", SUM("Count"), 0, 0, 0, 0, 0, 0, 0
                    FROM "Verifications" WHERE "PerformedAt" IS NOT NULL GROUP BY 1, 2, 5
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "PerformedAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "PerformedAt", '+7 hours') AS INTEGER) - 1), 4, "PerformedById", '', SUM("Count"), 0, 0, 0, 0, 0, 0, 0
                    FROM "Verifications" WHERE "PerformedAt" IS NOT NULL AND "PerformedById" IS NOT NULL GROUP BY 1, 2, 4
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "OccurredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "OccurredAt", '+7 hours') AS INTEGER) - 1), 5, 0, '', COUNT(*), 0,
                    COUNT(CASE WHEN "ResolvedAt" IS NOT NULL THEN 1 END), 0, COALESCE(SUM(CASE WHEN "ResolvedAt" IS NOT NULL THEN CAST(round((julianday("ResolvedAt") - julianday("OccurredAt")) * 86400000.0) AS INTEGER) END), 0),
                    SUM("OutageMinutes"), SUM("SubscribersAffected"), SUM("DamageVnd")
                    FROM "Incidents" WHERE "OccurredAt" IS NOT NULL GROUP BY 1, 2
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "OccurredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "OccurredAt", '+7 hours') AS INTEGER) - 1), 6, 0, "Kind", COUNT(*), 0, 0, 0, 0, 0, 0, 0 FROM "Incidents" WHERE "OccurredAt" IS NOT NULL GROUP BY 1, 2, 4, 5
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "OccurredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "OccurredAt", '+7 hours') AS INTEGER) - 1), 7, 0, "Severity", COUNT(*), 0, 0, 0, 0, 0, 0, 0 FROM "Incidents" WHERE "OccurredAt" IS NOT NULL GROUP BY 1, 2, 4, 5
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "OccurredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "OccurredAt", '+7 hours') AS INTEGER) - 1), 8, "AreaId", '', COUNT(*), 0, 0, 0, 0, 0, 0, 0 FROM "Incidents" WHERE "OccurredAt" IS NOT NULL GROUP BY 1, 2, 4, 5
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "OccurredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "OccurredAt", '+7 hours') AS INTEGER) - 1), 9, "LeadOfficerId", '', 0, 0, COUNT(*), COUNT(CASE WHEN "Severity" = 'Critical' THEN 1 END), 0, 0, 0, 0 FROM "Incidents" WHERE "OccurredAt" IS NOT NULL AND "ResolvedAt" IS NOT NULL AND "LeadOfficerId" IS NOT NULL GROUP BY 1, 2, 4
                UNION ALL SELECT "AgreementId", (CAST(strftime('%Y', "OccurredAt", '+7 hours') AS INTEGER) * 12 + CAST(strftime('%m', "OccurredAt", '+7 hours') AS INTEGER) - 1), 9, "TelecomContactId", '', 0, 0, COUNT(*), COUNT(CASE WHEN "Severity" = 'Critical' THEN 1 END), 0, 0, 0, 0 FROM "Incidents" WHERE "OccurredAt" IS NOT NULL AND "ResolvedAt" IS NOT NULL AND "TelecomContactId" IS NOT NULL AND ("LeadOfficerId" IS NULL OR "LeadOfficerId" <> "TelecomContactId") GROUP BY 1, 2, 4
                ) GROUP BY 1, 2, 3, 4, 5);
                INSERT INTO "FigureTotals" ("Span", "AgreementId", "Period", "Fact", "KeyId", "KeyName", "Count", "OnTime", "Resolved", "Critical", "ResolveMilliseconds", "OutageMinutes", "SubscribersAffected", "DamageVnd")
                    SELECT 1, "AgreementId", "Period" / 12 * 12, "Fact", "KeyId", "KeyName", SUM("Count") AS "Count", SUM("OnTime") AS "OnTime", SUM("Resolved") AS "Resolved", SUM("Critical") AS "Critical", SUM("ResolveMilliseconds") AS "ResolveMilliseconds", SUM("OutageMinutes") AS "OutageMinutes", SUM("SubscribersAffected") AS "SubscribersAffected", SUM("DamageVnd") AS "DamageVnd"
                    FROM "FigureTotals" WHERE "Span" = 0
                    GROUP BY "AgreementId", "Period" / 12, "Fact", "KeyId", "KeyName";
                """");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AgreementId_ClosedAt_ReceivedAt_DueAt_AssignedToId",
                table: "Requests",
                columns: new[] { "AgreementId", "ClosedAt", "ReceivedAt", "DueAt", "AssignedToId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureTotals");

            migrationBuilder.DropIndex(
                name: "IX_Requests_AgreementId_ClosedAt_ReceivedAt_DueAt_AssignedToId",
                table: "Requests");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AgreementId_ClosedAt_ReceivedAt_DueAt",
                table: "Requests",
                columns: new[] { "AgreementId", "ClosedAt", "ReceivedAt", "DueAt" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class HeatmapTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_Occur~",
                table: "Incidents");

            migrationBuilder.AddColumn<int>(
                name: "OccurredMonth",
                table: "Incidents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "HeatmapTotals",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Fact = table.Column<int>(type: "integer", nullable: false),
                    Span = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HourOfWeek = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeatmapTotals", x => new { x.AgreementId, x.Fact, x.Span, x.Period, x.AreaId, x.Kind, x.HourOfWeek });
                });

            migrationBuilder.CreateTable(
                name: "HeatmapWeeks",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeatmapWeeks", x => new { x.AgreementId, x.Week, x.AreaId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_Occur~",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "AreaId", "Kind", "Severity", "OccurredWeek", "OccurredHourOfWeek", "OccurredMonth" });

            // The local (UTC+7) month of the incidents already in the database, as the dialect's LocalMonth spells it.
            migrationBuilder.Sql("""UPDATE "Incidents" SET "OccurredMonth" = CAST(EXTRACT(YEAR FROM timezone('<+07>-07', "OccurredAt")) AS integer) * 12 + CAST(EXTRACT(MONTH FROM timezone('<+07>-07', "OccurredAt")) AS integer) - 1;""");

            // The roll-ups of the incidents already in the database, as HeatmapTotalWriter.RebuildSql wrote them when this migration was made.
            migrationBuilder.Sql(""""
                INSERT INTO "HeatmapTotals" ("AgreementId", "Fact", "Span", "Period", "AreaId", "Kind", "HourOfWeek", "Count")
                    SELECT "AgreementId", 0, 0, "OccurredMonth", "AreaId", '', 0, COUNT(*) FROM "Incidents"
                    WHERE 1 = 1 GROUP BY "AgreementId", "OccurredMonth", "AreaId";
                INSERT INTO "HeatmapTotals" ("AgreementId", "Fact", "Span", "Period", "AreaId", "Kind", "HourOfWeek", "Count")
                    SELECT "AgreementId", 1, 0, "OccurredMonth", "AreaId", "Kind", 0, COUNT(*) FROM "Incidents"
                    WHERE 1 = 1 GROUP BY "AgreementId", "OccurredMonth", "AreaId", "Kind";
                INSERT INTO "HeatmapTotals" ("AgreementId", "Fact", "Span", "Period", "AreaId", "Kind", "HourOfWeek", "Count")
                    SELECT "AgreementId", 2, 0, "OccurredMonth", 0, '', "OccurredHourOfWeek", COUNT(*) FROM "Incidents"
                    WHERE 1 = 1 GROUP BY "AgreementId", "OccurredMonth", "OccurredHourOfWeek";
                INSERT INTO "HeatmapTotals" ("AgreementId", "Fact", "Span", "Period", "AreaId", "Kind", "HourOfWeek", "Count")
                    SELECT "AgreementId", "Fact", 1, "Period" / 12 * 12, "AreaId", "Kind", "HourOfWeek", SUM("Count") FROM "HeatmapTotals"
                    WHERE "Span" = 0 AND 1 = 1
                    GROUP BY "AgreementId", "Fact", "Period" / 12 * 12, "AreaId", "Kind", "HourOfWeek";
                INSERT INTO "HeatmapWeeks" ("AgreementId", "Week", "AreaId", "Count")
                    SELECT "AgreementId", "OccurredWeek", "AreaId", COUNT(*) FROM "Incidents"
                    WHERE 1 = 1 GROUP BY "AgreementId", "OccurredWeek", "AreaId";
                """");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeatmapTotals");

            migrationBuilder.DropTable(
                name: "HeatmapWeeks");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_Occur~",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OccurredMonth",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_Occur~",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "AreaId", "Kind", "Severity", "OccurredWeek", "OccurredHourOfWeek" });
        }
    }
}

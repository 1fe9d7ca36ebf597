using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_FigureTotals",
                table: "Incidents");

            migrationBuilder.AddColumn<DateOnly>(
                name: "OccurredWeek",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // The week of the incidents already in the file, as Incident.OccurredAt sets it: the local Monday of its ISO week.
            migrationBuilder.Sql("""UPDATE "Incidents" SET "OccurredWeek" = date("OccurredAt", '+7 hours', 'weekday 0', '-6 days');""");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_OccurredWeek",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "AreaId", "Kind", "Severity", "OccurredWeek" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_OccurredWeek",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OccurredWeek",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "AreaId", "Kind", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_FigureTotals",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "ResolvedAt", "ClosedAt", "Severity", "LeadOfficerId", "TelecomContactId", "OutageMinutes", "SubscribersAffected", "DamageVnd" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentHourOfWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_OccurredWeek",
                table: "Incidents");

            migrationBuilder.AddColumn<int>(
                name: "OccurredHourOfWeek",
                table: "Incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The incidents already in the file, as Incident.OccurredAt sets it: local weekday (0 = Sunday) × 24 + local hour.
            migrationBuilder.Sql("""UPDATE "Incidents" SET "OccurredHourOfWeek" = CAST(strftime('%w', "OccurredAt", '+7 hours') AS INTEGER) * 24 + CAST(strftime('%H', "OccurredAt", '+7 hours') AS INTEGER);""");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_OccurredWeek_OccurredHourOfWeek",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "AreaId", "Kind", "Severity", "OccurredWeek", "OccurredHourOfWeek" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_OccurredWeek_OccurredHourOfWeek",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OccurredHourOfWeek",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AgreementId_OccurredAt_AreaId_Kind_Severity_OccurredWeek",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "AreaId", "Kind", "Severity", "OccurredWeek" });
        }
    }
}

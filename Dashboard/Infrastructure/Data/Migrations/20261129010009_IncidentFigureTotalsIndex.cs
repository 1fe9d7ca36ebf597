using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncidentFigureTotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_FigureTotals",
                table: "Incidents",
                columns: new[] { "AgreementId", "OccurredAt", "ResolvedAt", "ClosedAt", "Severity", "LeadOfficerId", "TelecomContactId", "OutageMinutes", "SubscribersAffected", "DamageVnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_FigureTotals",
                table: "Incidents");
        }
    }
}

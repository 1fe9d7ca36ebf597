using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestTurnaround : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TurnaroundMilliseconds",
                table: "Requests",
                type: "INTEGER",
                nullable: true,
                computedColumnSql: "CAST(round((julianday(\"AnsweredAt\") - julianday(\"ReceivedAt\")) * 86400000.0) AS INTEGER)",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AgreementId_TurnaroundMilliseconds_AnsweredAt",
                table: "Requests",
                columns: new[] { "AgreementId", "TurnaroundMilliseconds", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_TurnaroundMilliseconds_AnsweredAt",
                table: "Requests",
                columns: new[] { "TurnaroundMilliseconds", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AgreementId_TurnaroundMilliseconds_AnsweredAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_TurnaroundMilliseconds_AnsweredAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "TurnaroundMilliseconds",
                table: "Requests");
        }
    }
}

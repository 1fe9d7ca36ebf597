using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Data.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class Collations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:case_insensitive", "und-u-ks-level2,und-u-ks-level2,icu,False")
                .Annotation("Npgsql:CollationDefinition:vietnamese", "vi-VN,vi-VN,icu,True");

            // The reference data of the first migration came with explicit keys: move the identity sequences past them.
            migrationBuilder.Sql("""
                SELECT setval(pg_get_serial_sequence('"Areas"', 'Id'), COALESCE(MAX("Id"), 0) + 1, false) FROM "Areas";
                SELECT setval(pg_get_serial_sequence('"Agreements"', 'Id'), COALESCE(MAX("Id"), 0) + 1, false) FROM "Agreements";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:CollationDefinition:case_insensitive", "und-u-ks-level2,und-u-ks-level2,icu,False")
                .OldAnnotation("Npgsql:CollationDefinition:vietnamese", "vi-VN,vi-VN,icu,True");
        }
    }
}

using Dashboard.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Data.Dialects;

/// <summary>PostgreSQL: times are timestamptz (UTC instants), so date arithmetic is native.</summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    // Whole milliseconds, as on SQLite. PostgreSQL 15 has stored generated columns only.
    public override string MillisecondsBetween(string start, string end) =>
        $"CAST(round(EXTRACT(EPOCH FROM (\"{end}\" - \"{start}\")) * 1000) AS bigint)";

    internal override void ConfigureModel(ModelBuilder builder)
    {
        builder.Entity<InformationRequest>().Property(x => x.TurnaroundMilliseconds)
            .HasComputedColumnSql(MillisecondsBetween(nameof(InformationRequest.ReceivedAt), nameof(InformationRequest.AnsweredAt)), stored: true);
        // Stored times are UTC everywhere (SQLite reads them back without a kind); timestamptz wants the kind said.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
        {
            property.SetValueConverter(UtcConverter);
        }
    }

    // (A converter never sees NULL, so this one serves DateTime? too.)
    private static readonly ValueConverter<DateTime, DateTime> UtcConverter = new(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));


    // Autovacuum analyses in time; after a migration the planner gets fresh statistics at once.
    internal override async Task AfterMigrateAsync(DashboardDbContext db, bool migrated, CancellationToken ct)
    {
        if (migrated)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        }
    }
}

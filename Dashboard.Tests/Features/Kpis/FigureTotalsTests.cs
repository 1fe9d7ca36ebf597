using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Tests.Features.Kpis;

/// <summary>
/// The figures come from stored monthly and yearly totals plus the rows at a window's edges: whatever the window, they
/// must equal SPEC §3 computed row by row, and the totals must stay what a rebuild from the rows gives.
/// </summary>
public class FigureTotalsTests : FiguresFixture
{
    /// <summary>Windows of every shape: defaults, whole months, partial months at either end, a year inside, AsOf in the past or before the window.</summary>
    public static readonly (string? Agreement, DateOnly? From, DateOnly? To, DateTime? AsOf)[] Windows =
    [
        (FigureData.Agreement2023, null, null, null),
        (FigureData.Agreement2012, null, null, null),
        (null, null, null, null),
        (FigureData.Agreement2023, new(2024, 3, 1), new(2024, 4, 1), Local(2024, 5, 1)),
        (FigureData.Agreement2023, new(2024, 3, 10), new(2024, 5, 20), null),
        (FigureData.Agreement2023, new(2024, 6, 1), new(2024, 7, 1), null),
        (FigureData.Agreement2023, new(2024, 6, 3), new(2024, 6, 10), null),
        (FigureData.Agreement2023, new(2024, 6, 15), new(2024, 6, 16), Local(2024, 6, 15, 9, 30)),
        (null, new(2023, 1, 1), new(2024, 6, 16), null),
        (null, new(2022, 11, 15), new(2024, 1, 10), Local(2023, 12, 20, 10, 0)),
        (FigureData.Agreement2012, new(2022, 1, 1), new(2023, 10, 29), Local(2023, 3, 31, 23, 59, 59)),
        (FigureData.Agreement2023, new(2024, 2, 1), new(2024, 3, 1), Local(2024, 1, 15)),
        (FigureData.Agreement2023, new(2024, 1, 1), new(2024, 6, 1), Local(2024, 6, 1)),
    ];

    [Fact]
    public async Task Figures_EqualSpec3ComputedRowByRow_ForWindowsOfEveryShape()
    {
        await SeedAsync(new Random(7));
        await new CommendationWeightsStore(Db).SaveAsync(CommendationWeights.Default with { Threshold = -1_000_000m, TopPerAgency = 1_000 });
        await using var db = Db.CreateDbContext();
        var oracle = await FiguresOracle.LoadAsync(db);

        foreach (var (agreement, from, to, asOf) in Windows)
        {
            var query = new FigureQuery(agreement, from, to, asOf is { } a ? Dashboard.Infrastructure.Time.LocalClock.ToLocal(a) : null);
            var kpis = await Figures.ComputeAsync(query);
            var w = kpis.Window;
            var because = $"{agreement ?? "all"} [{w.From}, {w.To}) as of {w.AsOf:O}";

            AssertRequests(oracle.Requests(w), kpis.Requests, because);
            Assert.True(Same(oracle.Verifications(w).ByKind, kpis.Verifications.ByKind), because);
            Assert.Equal(oracle.Verifications(w).Total, kpis.Verifications.Total);
            AssertIncidents(oracle.Incidents(w), kpis.Incidents, because);
            Assert.True(Same(oracle.Breakdowns(w), kpis.CommendationCandidates.ToDictionary(c => c.PersonCode, c => c.Breakdown)), because);
        }
    }

    [Fact]
    public async Task RequestSeries_EqualTheRowsByLocalMonthAndTurnaround_ForWindowsOfEveryShape()
    {
        await SeedAsync(new Random(5));
        await using var db = Db.CreateDbContext();
        var oracle = await FiguresOracle.LoadAsync(db);

        foreach (var (agreement, from, to, asOf) in Windows)
        {
            var w = await Figures.ResolveAsync(new FigureQuery(agreement, from, to, asOf is { } a ? Dashboard.Infrastructure.Time.LocalClock.ToLocal(a) : null));
            var (months, turnaround) = await Figures.RequestSeriesAsync(w);
            var expected = oracle.RequestSeries(w);
            var because = $"{agreement ?? "all"} [{w.From}, {w.To}) as of {w.AsOf:O}";

            Assert.True(expected.Months.SequenceEqual(months), because);
            Assert.True(expected.Turnaround == turnaround, because);
        }
    }

    [Fact]
    public async Task Totals_AfterEditsThatMoveRowsBetweenMonthsAndAgreements_EqualARebuildFromTheRows()
    {
        await SeedAsync(new Random(11));
        await using (var db = Db.CreateDbContext())
        {
            var request = await db.Requests.OrderBy(r => r.Id).FirstAsync(r => r.AnsweredAt != null);
            request.ChangeStatus(RequestStatus.InProgress, default);                          // unanswered: its month loses it
            var other = await db.Requests.OrderBy(r => r.Id).FirstAsync(r => r.AnsweredAt == null && r.ClosedAt == null);
            other.ChangeStatus(RequestStatus.Answered, other.ReceivedAt.AddDays(40));         // answered in a later month
            var incident = await db.Incidents.OrderBy(i => i.Id).FirstAsync(i => i.ResolvedAt != null);
            incident.OccurredAt = incident.OccurredAt.AddMonths(-3);                          // into another month, maybe year
            incident.AgreementId = await Data.AgreementIdAsync(FigureData.Agreement2012);     // and another agreement
            incident.Severity = IncidentSeverity.Critical;
            var reopened = await db.Incidents.OrderByDescending(i => i.Id).FirstAsync(i => i.ResolvedAt != null);
            reopened.ChangeStatus(IncidentStatus.Investigating, default);
            var verification = await db.Verifications.OrderBy(v => v.Id).FirstAsync();
            verification.PerformedAt = verification.PerformedAt.AddDays(-45);
            verification.Count += 3;
            await db.SaveChangesAsync();
        }

        Assert.Equal(await RebuiltAsync(), await StoredAsync());
    }

    [Fact]
    public async Task Migration_FillsTheTotalsOfTheRowsAlreadyInTheFile()
    {
        await SeedAsync(new Random(3));
        await using var db = Db.CreateDbContext();
        if (OnSqlite)
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("RequestTurnaround");                                // back to before FigureTotals…
            await db.Settings.Where(s => s.Key == FigureTotalsVersion.SettingKey).ExecuteDeleteAsync(); // …whose files had no stamp…
            await migrator.MigrateAsync();                                                   // …and forward again,
            await FigureTotalsVersion.EnsureCurrentAsync(db, default);                       // then the migrate verb's upkeep
        }
        else
        {
            // PostgreSQL's migrations start with the totals: rows without them are filled by the stamp check of migrate.
            await db.Database.ExecuteSqlRawAsync(FigureTablesGuard.UpkeepTag + "DELETE FROM \"FigureTotals\"");
            Assert.True(await FigureTotalsVersion.EnsureCurrentAsync(db, default));
        }

        Assert.NotEmpty(await StoredAsync());
        Assert.Equal(await RebuiltAsync(), await StoredAsync());
    }

    private async Task<List<string>> StoredAsync()
    {
        await using var db = Db.CreateDbContext();
        return [.. (await db.FigureTotals.AsNoTracking().ToListAsync())
            .Select(t => $"{t.AgreementId} {t.Span} {t.Period} {t.Fact} {t.KeyId} {t.KeyName}: {t.Count} {t.OnTime} {t.Resolved} {t.Critical} {t.ResolveMilliseconds} {t.OutageMinutes} {t.SubscribersAffected} {t.DamageVnd}")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>What <see cref="FigureTotalWriter.RebuildSql"/> makes of the rows, rolled back afterwards.</summary>
    private async Task<List<string>> RebuiltAsync()
    {
        await using var db = Db.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(FigureTotalWriter.RebuildSql(SqlDialect.Of(db.Database)));
        var rows = (await db.FigureTotals.AsNoTracking().ToListAsync())
            .Select(t => $"{t.AgreementId} {t.Span} {t.Period} {t.Fact} {t.KeyId} {t.KeyName}: {t.Count} {t.OnTime} {t.Resolved} {t.Critical} {t.ResolveMilliseconds} {t.OutageMinutes} {t.SubscribersAffected} {t.DamageVnd}")
            .Order(StringComparer.Ordinal).ToList();
        await transaction.RollbackAsync();
        return rows;
    }

    /// <summary>
    /// Requests, verifications and incidents from November 2022 to July 2024 (some after the clock's now), under the
    /// agreement in force, each saved on its own as the forms do: the totals are kept by every save.
    /// </summary>
    private static readonly string[] Areas = ["024", "027", "030"];

    private async Task SeedAsync(Random rng)
    {
        var telecom = new List<Person>();
        var police = new List<Person>();
        for (var i = 1; i <= 3; i++)
        {
            telecom.Add(await Data.PersonAsync($"T0{i}", $"Nhân viên {i}"));
            police.Add(await Data.PersonAsync($"P0{i}", $"Cán bộ {i}", Agency.Police));
        }
        var start = Local(2022, 11, 1);
        DateTime At() => start.AddMinutes(rng.Next(0, 60 * 24 * 620));
        string AgreementAt(DateTime utc) => utc < Local(2023, 10, 29) ? FigureData.Agreement2012 : FigureData.Agreement2023;
        T? Maybe<T>(List<T> from, int percentNone) where T : class => rng.Next(100) < percentNone ? null : from[rng.Next(from.Count)];

        for (var i = 0; i < 70; i++)
        {
            var received = At();
            var due = received.AddHours(rng.Next(2, 200));
            var fate = rng.Next(100);
            var request = await Data.RequestAsync(received, due,
                answered: fate < 70 ? received.AddMinutes(rng.Next(30, 60 * 900)) : null,   // up to 900 h: every band of turnaround
                closed: fate is >= 70 and < 80 ? received.AddHours(rng.Next(1, 100)) : null,
                assignee: Maybe(telecom, 15), agreement: AgreementAt(received));
            for (var v = rng.Next(0, 3); v > 0; v--)
            {
                await Data.VerificationAsync(request, (VerificationKind)rng.Next(6), rng.Next(1, 30), received.AddMinutes(rng.Next(0, 60 * 72)), Maybe(telecom, 20));
            }
        }
        // Occurred in a whole month of the last window, resolved after its AsOf: counted in May's totals, taken off again.
        await Data.IncidentAsync(Local(2024, 5, 28, 10), "024", IncidentKind.Arson, IncidentSeverity.Critical, resolved: Local(2024, 6, 5),
            lead: police[0], contact: telecom[0]);
        for (var i = 0; i < 70; i++)
        {
            var occurred = At();
            var fate = rng.Next(100);
            var lead = Maybe(police, 20);
            await Data.IncidentAsync(occurred, Areas[rng.Next(Areas.Length)], (IncidentKind)rng.Next(9), (IncidentSeverity)rng.Next(4),
                resolved: fate < 55 ? occurred.AddMinutes(rng.Next(10, 60 * 24 * 20)) : null,
                closed: fate is >= 55 and < 70 ? occurred.AddHours(rng.Next(1, 300)) : null,
                lead: lead, contact: rng.Next(10) == 0 ? lead : Maybe(telecom, 25),
                outageMinutes: rng.Next(0, 600), subscribers: rng.Next(0, 5000), damageVnd: rng.Next(0, 50) * 1_000_000L,
                agreement: AgreementAt(occurred));
        }
    }

    private static void AssertRequests(RequestFigures expected, RequestFigures actual, string because)
    {
        Assert.True(expected with { TurnaroundHoursMedian = null, TurnaroundHoursP90 = null }
            == actual with { TurnaroundHoursMedian = null, TurnaroundHoursP90 = null }, $"{because}: {expected} ≠ {actual}");
        Assert.True(Close(expected.TurnaroundHoursMedian, actual.TurnaroundHoursMedian), because);
        Assert.True(Close(expected.TurnaroundHoursP90, actual.TurnaroundHoursP90), because);
    }

    private static void AssertIncidents(IncidentFigures expected, IncidentFigures actual, string because)
    {
        Assert.Equal(
            (expected.Occurred, expected.Resolved, expected.ResolutionRate, expected.Open, expected.OutageMinutes, expected.SubscribersAffected, expected.DamageVnd),
            (actual.Occurred, actual.Resolved, actual.ResolutionRate, actual.Open, actual.OutageMinutes, actual.SubscribersAffected, actual.DamageVnd));
        Assert.True(Close(expected.MeanHoursToResolve, actual.MeanHoursToResolve), because);
        Assert.True(Same(expected.ByKind, actual.ByKind) && Same(expected.BySeverity, actual.BySeverity) && Same(expected.ByArea, actual.ByArea), because);
    }

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is { } a && Math.Abs(expected.Value - a) < 1e-9;

    private static bool Same<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> expected, IReadOnlyDictionary<TKey, TValue> actual) where TKey : notnull =>
        expected.Count == actual.Count && expected.All(x => actual.TryGetValue(x.Key, out var v) && Equals(v, x.Value));
}

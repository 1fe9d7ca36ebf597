using System.Data.Common;
using System.Globalization;
using Dashboard.Features.Commendations;
using Dashboard.Features.Kpis;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Data.Dialects;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Bench;

/// <summary>
/// The figures of one agreement by hand-written SQL through ADO.NET, on the context's own connection and in one read
/// snapshot: what SPEC §8 holds the EF path to (at most 2× its time). The same tables, indexes and facts SQL, three
/// commands, in the database's own dialect (parameters, the case-insensitive collation and the end of time from
/// <see cref="SqlDialect"/>). Only the bench runs it; From, To and AsOf must be given.
/// </summary>
internal static class HandWrittenFigures
{
    public static async Task<Kpis> ComputeAsync(DashboardDbContext db, FigureQuery query, CancellationToken ct)
    {
        var d = SqlDialect.Of(db.Database);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var connection = db.Database.GetDbConnection();
        DbCommand Command(string sql, params (string Name, object Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = snapshot.GetDbTransaction();
            command.CommandText = sql;
            command.Parameters.AddRange(parameters.Select(x => d.Parameter(x.Name, x.Value)).ToArray());
            return command;
        }

        await using var agreement = Command($"""SELECT "Id" FROM "Agreements" WHERE "Code" COLLATE {d.CaseInsensitiveCollation} = @code""", ("@code", query.Agreement!));
        var id = Convert.ToInt32(await agreement.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        var w = new FigureWindow(id, query.Agreement, query.From!.Value, query.To!.Value, query.AsOf!.Value, [id]);
        var periods = FigurePeriods.Of(w);

        await using var figures = Command($"""
            {FigureFacts.Sql(d, w, periods)};
            SELECT COALESCE("AssignedToId", 0), COUNT(*), COUNT(CASE WHEN "DueAt" < @asOf THEN 1 END),
                COUNT(CASE WHEN "DueAt" >= @asOf AND "DueAt" < @dayLater THEN 1 END)
            FROM "Requests" WHERE "AgreementId" = @agreement AND "ReceivedAt" <= @asOf AND ("ClosedAt" IS NULL OR "ClosedAt" > @asOf)
            GROUP BY 1;
            SELECT COUNT(*) FROM (
                SELECT 1 AS "o" FROM "Incidents" WHERE "AgreementId" = @agreement AND "OccurredAt" <= @asOf AND "ResolvedAt" IS NULL AND "ClosedAt" IS NULL
                UNION ALL SELECT 1 FROM "Incidents" WHERE "AgreementId" = @agreement AND "OccurredAt" <= @asOf AND "ResolvedAt" IS NULL AND "ClosedAt" > @asOf
                UNION ALL SELECT 1 FROM "Incidents" WHERE "AgreementId" = @agreement AND "OccurredAt" <= @asOf AND "ResolvedAt" > @asOf
                    AND ("ClosedAt" IS NULL OR "ClosedAt" > @asOf)) AS "open";
            SELECT "Value" FROM "Settings" WHERE "Key" = '{CommendationWeightsStore.Key}';
            """,
            ("@agreement", id), ("@dayLater", w.AsOfUtc.AddHours(24)));
        figures.Parameters.AddRange(periods.Parameters(d, w));
        var first = await figures.ExecuteReaderAsync(ct);
        var facts = new FigureFacts(await ReadAsync(first, r => new FactRow
        {
            Fact = (FigureFact)r.GetInt32(0), KeyId = r.GetInt32(1), KeyName = r.GetString(2), Count = Long(r, 3), OnTime = Long(r, 4),
            Resolved = Long(r, 5), Critical = Long(r, 6), ResolveMilliseconds = Long(r, 7), OutageMinutes = Long(r, 8),
            SubscribersAffected = Long(r, 9), DamageVnd = Long(r, 10),
        }, ct));
        var state = (await NextAsync(first, r => (r.GetInt32(0), new RequestState((int)Long(r, 1), (int)Long(r, 2), (int)Long(r, 3))), ct))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var openIncidents = (int)(await NextAsync(first, r => Long(r, 0), ct)).Single();
        var weights = CommendationWeightsStore.Parse((await NextAsync(first, r => r.GetString(0), ct)).SingleOrDefault());
        await first.DisposeAsync();

        var bands = RequestFiguresQuery.TurnaroundBandsOf(facts);
        var walks = bands.Count == 0 ? [] : new[] { Percentile.WalkTo(bands, 0.5m), Percentile.WalkTo(bands, 0.9m) };
        var scored = CommendationScoring.Scored(facts, state.ToDictionary(x => x.Key, x => x.Value.Overdue), weights);
        var walked = string.Join(" UNION ALL ", walks.Select((walk, i) => $"""
            SELECT * FROM (SELECT {i}, "TurnaroundMilliseconds" FROM "Requests" WHERE "AgreementId" = @agreement
                AND "TurnaroundMilliseconds" >= {walk.Lower.ToString(CultureInfo.InvariantCulture)}
                AND COALESCE("AnsweredAt", {d.EndOfTime}) >= @from AND COALESCE("AnsweredAt", {d.EndOfTime}) < @to AND COALESCE("AnsweredAt", {d.EndOfTime}) <= @asOf
            ORDER BY 2 LIMIT {Percentile.Walk.Take} OFFSET {walk.Skip}) AS "w{i}"
            """));
        await using var rest = Command($"""
            {(walks.Length == 0 ? "SELECT 0, 0 WHERE FALSE" : walked)};
            SELECT "p"."Id", "p"."Code", "p"."FullName", "u"."Agency", EXISTS (SELECT 1 FROM "Commendations" AS "c"
                WHERE "c"."PersonId" = "p"."Id" AND "c"."AgreementId" = @agreement AND "c"."AwardedOn" >= @fromDay AND "c"."AwardedOn" < @toDay)
            FROM "People" AS "p" JOIN "Units" AS "u" ON "u"."Id" = "p"."UnitId"
            WHERE {(scored.Count == 0 ? "FALSE" : $"\"p\".\"Id\" IN ({string.Join(", ", scored.Keys.Select(k => k.ToString(CultureInfo.InvariantCulture)))})")};
            """,
            ("@agreement", id), ("@from", w.FromUtc), ("@to", w.ToUtc), ("@asOf", w.AsOfUtc), ("@fromDay", w.From), ("@toDay", w.To));
        await using var second = await rest.ExecuteReaderAsync(ct);
        var neighbours = await ReadAsync(second, r => (Rank: r.GetInt32(0), Value: r.GetInt64(1)), ct);
        var turnarounds = walks.Select((walk, i) => (double?)walk.Interpolate([.. neighbours.Where(n => n.Rank == i).Select(n => n.Value)])).ToList();
        var people = await NextAsync(second, r => (Id: r.GetInt32(0), Person: new CandidatePerson(r.GetString(1), r.GetString(2), Enum.Parse<Agency>(r.GetString(3))),
            Commended: r.GetBoolean(4)), ct);

        return new Kpis(
            w,
            RequestFiguresQuery.Assemble(facts, state, turnarounds.FirstOrDefault(), turnarounds.LastOrDefault()),
            VerificationFiguresQuery.Compute(facts),
            IncidentFiguresQuery.Assemble(facts, openIncidents),
            CommendationScoring.Rank(scored, people.ToDictionary(x => x.Id, x => x.Person), [.. people.Where(x => x.Commended).Select(x => x.Id)], weights));
    }

    /// <summary>A count or sum: SQLite's integer, PostgreSQL's bigint or numeric (a sum of bigints).</summary>
    private static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static async Task<List<T>> ReadAsync<T>(DbDataReader reader, Func<DbDataReader, T> row, CancellationToken ct)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    private static async Task<List<T>> NextAsync<T>(DbDataReader reader, Func<DbDataReader, T> row, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        return await ReadAsync(reader, row, ct);
    }
}

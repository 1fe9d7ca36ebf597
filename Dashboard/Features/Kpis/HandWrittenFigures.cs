using System.Data.Common;
using System.Globalization;
using Dashboard.Features.Commendations;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Kpis;

/// <summary>
/// The figures of one agreement by hand-written SQL through ADO.NET, on the context's own connection and in one read
/// snapshot: what SPEC §8 holds the EF path to (at most 2× its time). The same tables, indexes and facts SQL, four
/// commands. Only the bench runs it; From, To and AsOf must be given.
/// </summary>
internal static class HandWrittenFigures
{
    public static async Task<Kpis> ComputeAsync(DashboardDbContext db, FigureQuery query, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var snapshot = connection.BeginTransaction(deferred: true);
        SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = snapshot;
            command.CommandText = sql;
            command.Parameters.AddRange(parameters.Select(x => new SqliteParameter(x.Name, x.Value)).ToArray());
            return command;
        }

        await using var agreement = Command("""SELECT "Id" FROM "Agreements" WHERE "Code" = $code COLLATE NOCASE""", ("$code", query.Agreement!));
        var id = Convert.ToInt32(await agreement.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        var w = new FigureWindow(id, query.Agreement, query.From!.Value, query.To!.Value, query.AsOf!.Value, [id]);
        await using var outside = Command(FigurePeriods.OutsideSql(w));
        outside.Parameters.AddRange(FigurePeriods.OutsideParameters(w));
        var periods = FigurePeriods.Of(w, Convert.ToInt32(await outside.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture));

        await using var figures = Command($"""
            {FigureFacts.Sql(w, periods)};
            SELECT COALESCE("AssignedToId", 0), COUNT(*), COUNT(CASE WHEN "DueAt" < $asOf THEN 1 END),
                COUNT(CASE WHEN "DueAt" >= $asOf AND "DueAt" < $dayLater THEN 1 END)
            FROM "Requests" WHERE "AgreementId" = $agreement AND "ReceivedAt" <= $asOf AND ("ClosedAt" IS NULL OR "ClosedAt" > $asOf)
            GROUP BY 1;
            SELECT COUNT(*) FROM "Incidents" WHERE "AgreementId" = $agreement AND "OccurredAt" <= $asOf
                AND (("ResolvedAt" IS NULL AND "ClosedAt" IS NULL) OR ("ResolvedAt" IS NULL AND "ClosedAt" > $asOf)
                    OR ("ResolvedAt" > $asOf AND ("ClosedAt" IS NULL OR "ClosedAt" > $asOf)));
            SELECT "Value" FROM "Settings" WHERE "Key" = '{CommendationWeightsStore.Key}';
            SELECT "Id", "Code" FROM "Areas";
            """,
            ("$agreement", id), ("$dayLater", w.AsOfUtc.AddHours(24)));
        figures.Parameters.AddRange(FigureFacts.Parameters(w, periods));
        var first = await figures.ExecuteReaderAsync(ct);
        var facts = new FigureFacts(await ReadAsync(first, r => new FactRow
        {
            Fact = (FigureFact)r.GetInt32(0), KeyId = r.GetInt32(1), KeyName = r.GetString(2), Count = r.GetInt64(3), OnTime = r.GetInt64(4),
            Resolved = r.GetInt64(5), Critical = r.GetInt64(6), ResolveMilliseconds = r.GetInt64(7), OutageMinutes = r.GetInt64(8),
            SubscribersAffected = r.GetInt64(9), DamageVnd = r.GetInt64(10),
        }, ct));
        var state = (await NextAsync(first, r => (r.GetInt32(0), new RequestState(r.GetInt32(1), r.GetInt32(2), r.GetInt32(3))), ct))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var openIncidents = (await NextAsync(first, r => r.GetInt32(0), ct)).Single();
        var weights = CommendationWeightsStore.Parse((await NextAsync(first, r => r.GetString(0), ct)).SingleOrDefault());
        var areaCodes = (await NextAsync(first, r => (r.GetInt32(0), r.GetString(1)), ct)).ToDictionary(x => x.Item1, x => x.Item2);
        await first.DisposeAsync();

        var answered = facts.Total(FigureFact.Answered).Count;
        var walks = answered == 0 ? [] : new[] { Percentile.WalkTo(answered, 0.5m), Percentile.WalkTo(answered, 0.9m) };
        var scored = CommendationScoring.Scored(facts, state.ToDictionary(x => x.Key, x => x.Value.Overdue), weights);
        var walked = string.Join(" UNION ALL ", walks.Select((walk, i) => $"""
            SELECT * FROM (SELECT {i}, "TurnaroundMilliseconds" FROM "Requests" WHERE "AgreementId" = $agreement AND "TurnaroundMilliseconds" IS NOT NULL
                AND COALESCE("AnsweredAt", '9999') >= $from AND COALESCE("AnsweredAt", '9999') < $to AND COALESCE("AnsweredAt", '9999') <= $asOf
            ORDER BY 2 {(walk.Descending ? "DESC" : "")} LIMIT {walk.Take} OFFSET {walk.Skip})
            """));
        await using var rest = Command($"""
            {(walks.Length == 0 ? "SELECT 0, 0 WHERE 0" : walked)};
            SELECT "p"."Id", "p"."Code", "p"."FullName", "u"."Agency", EXISTS (SELECT 1 FROM "Commendations" AS "c"
                WHERE "c"."PersonId" = "p"."Id" AND "c"."AgreementId" = $agreement AND "c"."AwardedOn" >= $fromDay AND "c"."AwardedOn" < $toDay)
            FROM "People" AS "p" JOIN "Units" AS "u" ON "u"."Id" = "p"."UnitId"
            WHERE "p"."Id" IN ({string.Join(", ", scored.Keys.Select(k => k.ToString(CultureInfo.InvariantCulture)))});
            """,
            ("$agreement", id), ("$from", w.FromUtc), ("$to", w.ToUtc), ("$asOf", w.AsOfUtc),
            ("$fromDay", FiguresJson.Day(w.From)), ("$toDay", FiguresJson.Day(w.To)));
        await using var second = await rest.ExecuteReaderAsync(ct);
        var neighbours = await ReadAsync(second, r => (Rank: r.GetInt32(0), Value: r.GetInt64(1)), ct);
        var turnarounds = walks.Select((walk, i) => (double?)walk.Interpolate([.. neighbours.Where(n => n.Rank == i).Select(n => n.Value)])).ToList();
        var people = await NextAsync(second, r => (Id: r.GetInt32(0), Person: new CandidatePerson(r.GetString(1), r.GetString(2), Enum.Parse<Agency>(r.GetString(3))),
            Commended: r.GetBoolean(4)), ct);

        return new Kpis(
            w,
            RequestFiguresQuery.Assemble(facts, state, turnarounds.FirstOrDefault(), turnarounds.LastOrDefault()),
            VerificationFiguresQuery.Compute(facts),
            IncidentFiguresQuery.Assemble(facts, areaCodes, openIncidents),
            CommendationScoring.Rank(scored, people.ToDictionary(x => x.Id, x => x.Person), [.. people.Where(x => x.Commended).Select(x => x.Id)], weights));
    }

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

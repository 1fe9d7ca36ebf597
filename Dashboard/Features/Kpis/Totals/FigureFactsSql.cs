using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Data.Dialects;

namespace Dashboard.Features.Kpis.Totals;

/// <summary>
/// The one definition of what <see cref="FigureTotal"/> rows hold: facts of the rows a scope picks, grouped by agreement,
/// period, fact and key. Storing totals and adding up the edges of a window both run it, so the two cannot drift apart.
/// </summary>
internal static class FigureFactsSql
{
    public const string Columns = "\"AgreementId\", \"Period\", \"Fact\", \"KeyId\", \"KeyName\", \"Count\", \"OnTime\", \"Resolved\", "
        + "\"Critical\", \"ResolveMilliseconds\", \"OutageMinutes\", \"SubscribersAffected\", \"DamageVnd\"";

    /// <summary>The fact, its key and its sums: the columns of <see cref="FactRow"/>.</summary>
    public const string Measures = "\"Fact\", \"KeyId\", \"KeyName\", \"Count\", \"OnTime\", \"Resolved\", \"Critical\", \"ResolveMilliseconds\", "
        + "\"OutageMinutes\", \"SubscribersAffected\", \"DamageVnd\"";

    private const string Sums = "SUM(\"Count\") AS \"Count\", SUM(\"OnTime\") AS \"OnTime\", SUM(\"Resolved\") AS \"Resolved\", "
        + "SUM(\"Critical\") AS \"Critical\", SUM(\"ResolveMilliseconds\") AS \"ResolveMilliseconds\", SUM(\"OutageMinutes\") AS \"OutageMinutes\", "
        + "SUM(\"SubscribersAffected\") AS \"SubscribersAffected\", SUM(\"DamageVnd\") AS \"DamageVnd\"";

    /// <summary>The rows of the window's agreements, as a condition (the ids are numbers of the database, written inline).</summary>
    public static string InAgreements(FigureWindow w) =>
        $"\"AgreementId\" IN ({string.Join(", ", w.AgreementIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";

    /// <summary>Adds up rows of <see cref="FigureFactsSql"/> (or of the table) under the given key columns.</summary>
    public static string Summed(string keys) => $"{keys}, {Sums}";

    /// <param name="dialect">Spells the durations; everything else is portable SQL.</param>
    /// <param name="scope">The condition on the rows, given the column of their event time (OccurredAt: the rows of incidents).</param>
    /// <param name="period">The Period of a row, given that column: its month when storing, a constant when adding up.</param>
    /// <param name="resolved">When an incident counts as resolved: at any time when storing, at or before AsOf when adding up.</param>
    public static string Select(SqlDialect dialect, Func<string, string> scope, Func<string, string> period, string resolved)
    {
        var ms = dialect.MillisecondsBetween("OccurredAt", "ResolvedAt");
        var critical = $"COUNT(CASE WHEN \"Severity\" = '{nameof(IncidentSeverity.Critical)}' THEN 1 END)";
        string Fact(FigureFact fact) => ((int)fact).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Occurred(FigureFact fact, string key, string name) =>
            $"SELECT \"AgreementId\", {period("OccurredAt")}, {Fact(fact)}, {key}, {name}, COUNT(*), 0, 0, 0, 0, 0, 0, 0 "
            + $"FROM \"Incidents\" WHERE {scope("OccurredAt")} GROUP BY 1, 2, 4, 5";
        string ResolvedBy(string person, string extra) =>
            $"SELECT \"AgreementId\", {period("OccurredAt")}, {Fact(FigureFact.ResolvedByPerson)}, \"{person}\", '', 0, 0, COUNT(*), {critical}, 0, 0, 0, 0 "
            + $"FROM \"Incidents\" WHERE {scope("OccurredAt")} AND {resolved} AND \"{person}\" IS NOT NULL{extra} GROUP BY 1, 2, 4";
        return $"""
            SELECT {Summed("\"AgreementId\", \"Period\", \"Fact\", \"KeyId\", \"KeyName\"")} FROM (
            SELECT "AgreementId", {period("ReceivedAt")} AS "Period", {Fact(FigureFact.Received)} AS "Fact", 0 AS "KeyId", '' AS "KeyName",
                COUNT(*) AS "Count", 0 AS "OnTime", 0 AS "Resolved", 0 AS "Critical", 0 AS "ResolveMilliseconds",
                0 AS "OutageMinutes", 0 AS "SubscribersAffected", 0 AS "DamageVnd"
                FROM "Requests" WHERE {scope("ReceivedAt")} GROUP BY 1, 2
            UNION ALL SELECT "AgreementId", {period("AnsweredAt")}, {Fact(FigureFact.Answered)}, COALESCE("AssignedToId", 0), '',
                COUNT(*), COUNT(CASE WHEN "AnsweredAt" <= "DueAt" THEN 1 END), 0, 0, 0, 0, 0, 0
                FROM "Requests" WHERE {scope("AnsweredAt")} GROUP BY 1, 2, 4
            UNION ALL SELECT "AgreementId", {period("PerformedAt")}, {Fact(FigureFact.VerifiedByKind)}, 0, "Kind", SUM("Count"), 0, 0, 0, 0, 0, 0, 0
                FROM "Verifications" WHERE {scope("PerformedAt")} GROUP BY 1, 2, 5
            UNION ALL SELECT "AgreementId", {period("PerformedAt")}, {Fact(FigureFact.VerifiedByPerson)}, "PerformedById", '', SUM("Count"), 0, 0, 0, 0, 0, 0, 0
                FROM "Verifications" WHERE {scope("PerformedAt")} AND "PerformedById" IS NOT NULL GROUP BY 1, 2, 4
            UNION ALL SELECT "AgreementId", {period("OccurredAt")}, {Fact(FigureFact.Occurred)}, 0, '', COUNT(*), 0,
                COUNT(CASE WHEN {resolved} THEN 1 END), 0, COALESCE(SUM(CASE WHEN {resolved} THEN {ms} END), 0),
                SUM("OutageMinutes"), SUM("SubscribersAffected"), SUM("DamageVnd")
                FROM "Incidents" WHERE {scope("OccurredAt")} GROUP BY 1, 2
            UNION ALL {Occurred(FigureFact.OccurredByKind, "0", "\"Kind\"")}
            UNION ALL {Occurred(FigureFact.OccurredBySeverity, "0", "\"Severity\"")}
            UNION ALL {Occurred(FigureFact.OccurredByArea, "\"AreaId\"", "''")}
            UNION ALL {ResolvedBy("LeadOfficerId", "")}
            UNION ALL {ResolvedBy("TelecomContactId", " AND (\"LeadOfficerId\" IS NULL OR \"LeadOfficerId\" <> \"TelecomContactId\")")}
            ) AS "r" GROUP BY 1, 2, 3, 4, 5
            """;
    }
}

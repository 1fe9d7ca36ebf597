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

    /// <summary>When the stored totals count an incident as resolved: at any time (a window counts it only up to AsOf).</summary>
    public const string ResolvedAsStored = "\"ResolvedAt\" IS NOT NULL";

    /// <summary>The rows of the window's agreements, as a condition (the ids are numbers of the database, written inline).</summary>
    public static string InAgreements(FigureWindow w) =>
        $"\"AgreementId\" IN ({string.Join(", ", w.AgreementIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";

    /// <summary>Adds up rows of <see cref="FigureFactsSql"/> (or of the table) under the given key columns.</summary>
    public static string Summed(string keys) => $"{keys}, {Sums}";

    /// <param name="dialect">Spells the durations; everything else is portable SQL.</param>
    /// <param name="scope">
    /// The condition on the rows, given the column of their event time (OccurredAt: the rows of incidents); null when none
    /// of that column's rows are wanted, so their arms are left out rather than planned and found empty.
    /// </param>
    /// <param name="period">The Period of a row, given that column: its month when storing, a constant when adding up.</param>
    /// <param name="resolved">When an incident counts as resolved: at any time when storing, at or before AsOf when adding up.</param>
    public static string Select(SqlDialect dialect, Func<string, string?> scope, Func<string, string> period, string resolved)
    {
        var ms = dialect.MillisecondsBetween("OccurredAt", "ResolvedAt");
        var critical = $"COUNT(CASE WHEN \"Severity\" = '{nameof(IncidentSeverity.Critical)}' THEN 1 END)";
        var arms = new List<string>();
        // Each arm names its columns, so that any of them may come first.
        void Arm(string column, FigureFact fact, string key, string name, string sums, string from, string extra, string keys)
        {
            if (scope(column) is { } where)
            {
                arms.Add($"SELECT \"AgreementId\", {period(column)} AS \"Period\", {(int)fact} AS \"Fact\", {key} AS \"KeyId\", {name} AS \"KeyName\", {sums} "
                    + $"FROM \"{from}\" WHERE {where}{extra} GROUP BY 1, 2{keys}");
            }
        }
        string Sums(string count, string onTime = "0", string resolvedCount = "0", string criticalCount = "0", string resolveMs = "0",
            string outage = "0", string subscribers = "0", string damage = "0") =>
            $"{count} AS \"Count\", {onTime} AS \"OnTime\", {resolvedCount} AS \"Resolved\", {criticalCount} AS \"Critical\", "
            + $"{resolveMs} AS \"ResolveMilliseconds\", {outage} AS \"OutageMinutes\", {subscribers} AS \"SubscribersAffected\", {damage} AS \"DamageVnd\"";
        Arm("ReceivedAt", FigureFact.Received, "0", "''", Sums("COUNT(*)"), "Requests", "", "");
        Arm("AnsweredAt", FigureFact.Answered, "COALESCE(\"AssignedToId\", 0)", "''",
            Sums("COUNT(*)", onTime: "COUNT(CASE WHEN \"AnsweredAt\" <= \"DueAt\" THEN 1 END)"), "Requests", "", ", 4");
        Arm("AnsweredAt", FigureFact.AnsweredByTurnaround, TurnaroundBands.KeySql("TurnaroundMilliseconds"), "''", Sums("COUNT(*)"), "Requests",
            " AND \"TurnaroundMilliseconds\" IS NOT NULL", ", 4");
        Arm("PerformedAt", FigureFact.VerifiedByKind, "0", "\"Kind\"", Sums("SUM(\"Count\")"), "Verifications", "", ", 5");
        Arm("PerformedAt", FigureFact.VerifiedByPerson, "\"PerformedById\"", "''", Sums("SUM(\"Count\")"), "Verifications",
            " AND \"PerformedById\" IS NOT NULL", ", 4");
        Arm("OccurredAt", FigureFact.Occurred, "0", "''", Sums("COUNT(*)", resolvedCount: $"COUNT(CASE WHEN {resolved} THEN 1 END)",
            resolveMs: $"COALESCE(SUM(CASE WHEN {resolved} THEN {ms} END), 0)", outage: "SUM(\"OutageMinutes\")",
            subscribers: "SUM(\"SubscribersAffected\")", damage: "SUM(\"DamageVnd\")"), "Incidents", "", "");
        Arm("OccurredAt", FigureFact.OccurredByKind, "0", "\"Kind\"", Sums("COUNT(*)"), "Incidents", "", ", 5");
        Arm("OccurredAt", FigureFact.OccurredBySeverity, "0", "\"Severity\"", Sums("COUNT(*)"), "Incidents", "", ", 5");
        Arm("OccurredAt", FigureFact.OccurredByArea, "\"AreaId\"", "''", Sums("COUNT(*)"), "Incidents", "", ", 4");
        string ResolvedBy(string person) => $" AND {resolved} AND \"{person}\" IS NOT NULL";
        Arm("OccurredAt", FigureFact.ResolvedByPerson, "\"LeadOfficerId\"", "''", Sums("0", resolvedCount: "COUNT(*)", criticalCount: critical),
            "Incidents", ResolvedBy("LeadOfficerId"), ", 4");
        Arm("OccurredAt", FigureFact.ResolvedByPerson, "\"TelecomContactId\"", "''", Sums("0", resolvedCount: "COUNT(*)", criticalCount: critical),
            "Incidents", ResolvedBy("TelecomContactId") + " AND (\"LeadOfficerId\" IS NULL OR \"LeadOfficerId\" <> \"TelecomContactId\")", ", 4");
        return $"SELECT {Summed("\"AgreementId\", \"Period\", \"Fact\", \"KeyId\", \"KeyName\"")} FROM (\n{string.Join("\nUNION ALL ", arms)}\n) AS \"r\" GROUP BY 1, 2, 3, 4, 5";
    }
}

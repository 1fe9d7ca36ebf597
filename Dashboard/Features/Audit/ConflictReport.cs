using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Audit;

/// <summary>The message a user gets when someone saved the same record first: who, when, which fields (from the audit trail).</summary>
public static class ConflictReport
{
    /// <param name="entity">The audited entity name (its CLR type name).</param>
    /// <param name="key">The record's audit key (its natural key as it is now).</param>
    /// <param name="loadedAtUtc">When the user loaded the version they acted on: changes saved since then are the conflict.</param>
    public static async Task<string> MessageAsync(DashboardDbContext db, IStringLocalizer l, string entity, string key, DateTime loadedAtUtc, CancellationToken ct)
    {
        var since = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.Action == "Modified" && a.EntityKey == key && a.At >= loadedAtUtc)
            .OrderBy(a => a.Id).ToListAsync(ct);
        var fields = since.SelectMany(a => AuditChanges.Parse(a.Changes)).Select(c => c.Field).Distinct()
            .Select(f => AuditChanges.Label(l, f, entity)).Distinct();
        var last = since.LastOrDefault();
        return l["Conflict_Message", last?.Actor ?? "?", last is null ? "" : Fmt.DateTime(last.At), string.Join(", ", fields)];
    }
}

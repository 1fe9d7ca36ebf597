using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace LiveBench;

internal enum SaveKind { RequestAnswered, IncidentResolved }

/// <summary>One save and its commit instant (the audit entry the save wrote in its own transaction, server clock).</summary>
internal sealed record Save(int Index, SaveKind Kind, int Id, DateTimeOffset CommittedAt);

/// <summary>Saves through the app's own write path: a signed-in browser changes a request's or an incident's status.</summary>
internal sealed class Saves(string database, IBrowserContext writer)
{
    private SqliteConnection Open()
    {
        var c = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        c.Open();
        return c;
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> row, params (string, object)[] args)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(row(r));
        }
        return list;
    }

    /// <summary>The agreement asked for, else the one with the most open requests (there are few of those at national scale).</summary>
    public (int Id, string Code) Agreement(string? code) => Query(
        code is null
            ? "SELECT a.Id, a.Code FROM Agreements a JOIN Requests r ON r.AgreementId = a.Id AND r.Status IN ('Received','InProgress') GROUP BY a.Id ORDER BY COUNT(*) DESC LIMIT 1"
            : "SELECT Id, Code FROM Agreements WHERE Code = $code",
        r => (r.GetInt32(0), r.GetString(1)), ("$code", code ?? "")).Single();

    /// <summary>Alternating saves: an open request answered, an open incident resolved.</summary>
    public List<(SaveKind Kind, int Id)> Plan(int agreementId, int count)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var requests = Query("SELECT Id FROM Requests WHERE AgreementId = $a AND Status IN ('Received','InProgress') AND ReceivedAt <= $now ORDER BY Id LIMIT $n",
            r => r.GetInt32(0), ("$a", agreementId), ("$now", now), ("$n", count));
        var incidents = Query("SELECT Id FROM Incidents WHERE AgreementId = $a AND Status IN ('Reported','Investigating') AND OccurredAt <= $now ORDER BY Id LIMIT $n",
            r => r.GetInt32(0), ("$a", agreementId), ("$now", now), ("$n", count));
        var plan = new List<(SaveKind, int)>();
        for (var i = 0; plan.Count < count && (i < requests.Count || i < incidents.Count); i++)
        {
            if (i < requests.Count)
            {
                plan.Add((SaveKind.RequestAnswered, requests[i]));
            }
            if (i < incidents.Count && plan.Count < count)
            {
                plan.Add((SaveKind.IncidentResolved, incidents[i]));
            }
        }
        return plan;
    }

    private long LastAuditId() => Query("SELECT COALESCE(MAX(Id), 0) FROM AuditEntries", r => r.GetInt64(0)).Single();

    private DateTimeOffset? CommitOf(string entity, long after) => Query(
        "SELECT At FROM AuditEntries WHERE Id > $after AND Entity = $e ORDER BY Id LIMIT 1",
        r => new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(r.GetString(0), CultureInfo.InvariantCulture), DateTimeKind.Utc)),
        ("$after", after), ("$e", entity)).Cast<DateTimeOffset?>().FirstOrDefault();

    /// <summary>Opens the record's page ahead of time, so that at <paramref name="at"/> only the status change itself is done.</summary>
    public async Task<Save> MakeAsync(int index, SaveKind kind, int id, DateTime at)
    {
        var page = await writer.NewPageAsync();
        var (path, menu, item, entity) = kind == SaveKind.RequestAnswered
            ? ($"/requests/{id}", "Chuyển trạng thái", "Đã trả lời", "InformationRequest")
            : ($"/incidents/{id}", "Chuyển trạng thái", "Đã giải quyết dứt điểm", "Incident");
        await page.GotoAsync(path);
        await page.Locator("#interactive-marker").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Button, new() { Name = menu }).ClickAsync();
        var choice = page.Locator(".mud-popover-open").GetByText(item, new() { Exact = true });
        await choice.WaitForAsync();
        var wait = at - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
        var before = LastAuditId();
        await choice.ClickAsync();
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(10))
        {
            if (CommitOf(entity, before) is { } committed)
            {
                await page.CloseAsync();
                return new Save(index, kind, id, committed);
            }
        }
        throw new TimeoutException($"save {index} ({kind} {id}) was not committed");
    }
}

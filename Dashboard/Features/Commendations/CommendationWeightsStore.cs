using System.Text.Json;
using Dashboard.Features.Settings;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Commendations;

/// <summary>Reads and writes the <see cref="CommendationWeights"/> as JSON under one settings key; absent means the defaults.</summary>
public sealed class CommendationWeightsStore(IDbContextFactory<DashboardDbContext> dbs)
{
    public const string Key = "Commendations.Weights";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CommendationWeights> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await ReadAsync(db);
    }

    /// <summary>Saves through the context's SaveChanges, so the change is audited (field changes old → new).</summary>
    /// <param name="actor">Who the audit entry names; null: the actor of the current flow ("system" for jobs and verbs).</param>
    public async Task SaveAsync(CommendationWeights weights, string? actor = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (actor is not null)
        {
            db.Actor = actor;
        }
        var value = JsonSerializer.Serialize(weights, Json);
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == Key, ct);
        if (setting is null)
        {
            db.Settings.Add(new Setting { Key = Key, Value = value });
        }
        else
        {
            setting.Value = value;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Compiled: the figures read it every time.</summary>
    private static readonly PerModel<Func<DashboardDbContext, Task<string?>>> Stored = new(() => EF.CompileAsyncQuery((DashboardDbContext db) =>
        db.Set<Setting>().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefault()));

    internal static async Task<CommendationWeights> ReadAsync(DashboardDbContext db) => Parse(await Stored.For(db)(db));

    /// <summary>The weights a setting's value holds; absent means the defaults.</summary>
    internal static CommendationWeights Parse(string? value) =>
        value is null ? CommendationWeights.Default : JsonSerializer.Deserialize<CommendationWeights>(value, Json) ?? CommendationWeights.Default;
}

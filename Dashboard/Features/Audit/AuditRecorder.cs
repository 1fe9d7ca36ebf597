using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dashboard.Features.Audit;

/// <summary>Turns tracked changes into audit entries and bumps concurrency versions.</summary>
internal static class AuditRecorder
{
    /// <summary>A change seen before saving; its key is read after saving, when generated keys are known.</summary>
    public sealed record Pending(EntityEntry Entry, string Action, string? Changes, string? KeyBeforeSave)
    {
        public AuditEntry Complete(DateTime nowUtc, string actor) => new()
        {
            At = nowUtc,
            Actor = actor,
            Action = Action,
            Entity = Entry.Metadata.ClrType.Name,
            EntityKey = KeyBeforeSave ?? KeyOf(Entry),
            Changes = Changes,
        };
    }

    /// <summary>Every modified row with a concurrency version gets the next one, whether or not its change is audited row by row.</summary>
    public static void BumpVersions(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is not null)
            {
                var version = entry.Property("Version");
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }

    public static List<Pending> Collect(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached
                || entry.Metadata.ClrType.Namespace?.StartsWith("Dashboard.Features", StringComparison.Ordinal) != true)
            {
                continue;
            }
            var changes = ChangesOf(entry);
            if (entry.State == EntityState.Modified && changes is null)
            {
                continue;
            }
            pending.Add(new Pending(entry, entry.State.ToString(), changes, entry.State == EntityState.Added ? null : KeyOf(entry)));
        }
        return pending;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var natural = entry.Metadata.FindProperty("Code") ?? entry.Metadata.FindProperty("ReferenceNo") ?? entry.Metadata.FindProperty("Email");
        if (natural is not null && entry.Property(natural.Name).CurrentValue is string code)
        {
            return code;
        }
        return string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Secrets and bookkeeping that never go into the audit trail.</summary>
    private static readonly HashSet<string> NotRecorded = ["Version", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName"];

    private static string? ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey() || NotRecorded.Contains(p.Metadata.Name))
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added when p.CurrentValue is not null:
                    changes[p.Metadata.Name] = [null, p.CurrentValue];
                    break;
                case EntityState.Deleted:
                    changes[p.Metadata.Name] = [p.OriginalValue, null];
                    break;
                case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                    changes[p.Metadata.Name] = [p.OriginalValue, p.CurrentValue];
                    break;
            }
        }
        return changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Json);
    }
}

using Dashboard.Infrastructure.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Audit;

/// <summary>
/// Short-lived contexts for pages, with the signed-in user as the audit actor. A Blazor circuit has no HttpContext,
/// so the user comes from the circuit's authentication state.
/// </summary>
public sealed class UserDb(IDbContextFactory<DashboardDbContext> factory, AuthenticationStateProvider auth, AuditLog log)
{
    public async Task<DashboardDbContext> CreateAsync(CancellationToken ct = default)
    {
        var db = await factory.CreateDbContextAsync(ct);
        db.Actor = await ActorAsync();
        return db;
    }

    public async Task<string> ActorAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        return state.User.Identity?.Name ?? "anonymous";
    }

    /// <summary>Opening a sensitive list or record is audited too (SPEC §7).</summary>
    public async Task RecordViewAsync(string entity, string key, string? detail = null, CancellationToken ct = default) =>
        await log.RecordAsync(await ActorAsync(), "Viewed", entity, key, detail, ct);
}

using Dashboard.Features.Agreements;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.People;

public sealed record Choice(int Id, string Name);

/// <summary>The small lists that forms and filters pick from.</summary>
public sealed class ReferenceLists(IDbContextFactory<DashboardDbContext> factory)
{
    public async Task<List<Agreement>> AgreementsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Agreements.AsNoTracking().OrderByDescending(a => a.StartsOn).ToListAsync(ct);
    }

    public async Task<List<Choice>> UnitsAsync(Agency? agency, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => agency == null || u.Agency == agency)
            .OrderBy(u => u.Name).Select(u => new Choice(u.Id, u.Name)).ToListAsync(ct);
    }

    /// <summary>Active people of an agency (the agency of their unit), with their unit in the name.</summary>
    public async Task<List<Choice>> PeopleAsync(Agency? agency, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.IsActive && (agency == null || p.Unit!.Agency == agency))
            .OrderBy(p => p.FullName).Select(p => new Choice(p.Id, p.FullName + " – " + p.Unit!.Name)).ToListAsync(ct);
    }
}

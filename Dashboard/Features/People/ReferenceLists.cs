using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.People;

public sealed record Choice(int Id, string Name);

/// <summary>An area to pick; <paramref name="ValidTo"/> is its last day when it has been retired.</summary>
public sealed record AreaChoice(int Id, string Code, string Name, AreaLevel Level, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool IsRetiredOn(DateOnly day) => ValidTo is { } last && last < day;

    public bool ExistsOn(DateOnly day) => (ValidFrom is not { } first || first <= day) && !IsRetiredOn(day);
}

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
            .OrderBy(u => SqlFunctions.Vietnamese(u.Name)).Select(u => new Choice(u.Id, u.Name)).ToListAsync(ct);
    }

    /// <summary>Active people of an agency (the agency of their unit), with their unit in the name.</summary>
    public async Task<List<Choice>> PeopleAsync(Agency? agency, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.IsActive && (agency == null || p.Unit!.Agency == agency))
            .OrderBy(p => SqlFunctions.Vietnamese(p.FullName)).Select(p => new Choice(p.Id, p.FullName + " – " + p.Unit!.Name)).ToListAsync(ct);
    }

    /// <summary>Every area, retired ones too: old records keep the area they were recorded with. Province, then district, then commune.</summary>
    public async Task<List<AreaChoice>> AreasAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var areas = await db.Areas.AsNoTracking()
            .Select(a => new AreaChoice(a.Id, a.Code, a.Name, a.Level, a.ValidFrom, a.ValidTo)).ToListAsync(ct);
        // Vietnamese order for names (Đ after D), which SQLite's binary collation does not give.
        var vi = Infrastructure.Localization.Cultures.Vi.CompareInfo;
        return [.. areas.OrderBy(a => a.Level).ThenBy(a => a.Name, Comparer<string>.Create((x, y) => vi.Compare(x, y)))];
    }
}

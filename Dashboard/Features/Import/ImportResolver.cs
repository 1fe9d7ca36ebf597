using System.Globalization;
using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;
using S = Dashboard.Features.Import.ImportSchema;

namespace Dashboard.Features.Import;

/// <summary>
/// Checks what needs more than one row: duplicates within the file, references to rows of the file or of the database,
/// the agreement in force by default. A code defined by the file wins over the database.
/// </summary>
internal sealed partial class ImportResolver(ParsedWorkbook p, ImportLookups l, FaultList faults)
{
    private readonly Dictionary<string, (DateOnly Starts, DateOnly Ends)> _periods = new(StringComparer.Ordinal);

    public ImportPlan Resolve()
    {
        var plan = new ImportPlan
        {
            Agreements = Each(p.Agreements, ResolveAgreements),
            Areas = Each(p.Areas, ResolveAreas),
            Units = Each(p.Units, ResolveUnits),
            People = Each(p.People, ResolvePeople),
        };
        foreach (var (code, a) in l.Agreements)
        {
            _periods[code] = (a.StartsOn, a.EndsOn);
        }
        foreach (var a in plan.Agreements ?? [])
        {
            _periods[a.Row.Code] = (a.Row.StartsOn, a.Row.EndsOn);
        }
        plan.Requests = Each(p.Requests, ResolveRequests);
        plan.Verifications = Each(p.Verifications, ResolveVerifications);
        plan.Incidents = Each(p.Incidents, ResolveIncidents);
        plan.Commendations = Each(p.Commendations, ResolveCommendations);
        return plan;
    }

    private static List<TOut>? Each<TIn, TOut>(List<TIn>? rows, Func<List<TIn>, List<TOut>> resolve) => rows is null ? null : resolve(rows);

    private List<PlannedAgreement> ResolveAgreements(List<AgreementRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedAgreement>();
        foreach (var row in rows.Where(r => Unique(seen, r.Code, S.Agreements, r.Row, "Code", r.Code)))
        {
            planned.Add(new(row, Existing(l.Agreements, row.Code, () => new Agreement { Code = row.Code, Title = row.Title })));
        }
        return planned;
    }

    private List<PlannedArea> ResolveAreas(List<AreaRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = rows.Where(r => Unique(seen, r.Code, S.Areas, r.Row, "Code", r.Code)).ToList();
        var targets = unique.Select(row => Existing(l.Areas, row.Code, () => new Area { Code = row.Code, Name = row.Name })).ToList();
        // The parent as it will be after the import: the file's row where there is one, else the database's.
        var codeOf = l.Areas.Values.Where(a => a.Id != 0).ToDictionary(a => a.Id, a => a.Code);
        var parentOf = l.Areas.Values.Where(a => a.Id != 0 && a.ParentId is { } id && codeOf.ContainsKey(id))
            .ToDictionary(a => a.Code, a => codeOf[a.ParentId!.Value], StringComparer.Ordinal);
        foreach (var row in unique)
        {
            parentOf.Remove(row.Code);
            if (row.ParentCode is not null)
            {
                parentOf[row.Code] = row.ParentCode;
            }
        }
        var planned = new List<PlannedArea>();
        for (var i = 0; i < unique.Count; i++)
        {
            var row = unique[i];
            if (Find(l.Areas, p.DeclaredAreas, S.Areas, row.Row, "ParentCode", row.ParentCode, "UnknownArea", out var parent)
                && !InCycle(row.Code, parentOf, row.Row))
            {
                planned.Add(new(row, targets[i], parent));
            }
        }
        return planned;
    }

    private bool InCycle(string code, Dictionary<string, string> parentOf, int row)
    {
        var current = code;
        for (var steps = 0; steps <= parentOf.Count && parentOf.TryGetValue(current, out var next); steps++)
        {
            if (next == code)
            {
                faults.Add(S.Areas, row, "ParentCode", "ParentCycle", code);
                return true;
            }
            current = next;
        }
        return false;
    }

    private List<PlannedUnit> ResolveUnits(List<UnitRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return
        [
            .. rows.Where(r => Unique(seen, r.Code, S.Units, r.Row, "Code", r.Code))
                .Select(row => new PlannedUnit(row, Existing(l.Units, row.Code, () => new Unit { Code = row.Code, Name = row.Name }))),
        ];
    }

    private List<PlannedPerson> ResolvePeople(List<PersonRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedPerson>();
        foreach (var row in rows.Where(r => Unique(seen, r.Code, S.People, r.Row, "Code", r.Code)))
        {
            var target = Existing(l.People, row.Code, () => new Person { Code = row.Code, FullName = row.FullName });
            if (Find(l.Units, p.DeclaredUnits, S.People, row.Row, "UnitCode", row.UnitCode, "UnknownUnit", out var unit))
            {
                planned.Add(new(row, target, unit!));
            }
        }
        return planned;
    }

    /// <summary>The database row with this code, or a new entity that later sheets can refer to.</summary>
    private static T Existing<T>(Dictionary<string, T> map, string code, Func<T> create)
    {
        if (!map.TryGetValue(code, out var entity))
        {
            entity = create();
            map[code] = entity;
        }
        return entity;
    }

    /// <summary>False (and a fault) when a code is given but unknown; a code of a refused row of the file is not reported twice.</summary>
    private bool Find<T>(Dictionary<string, T> map, Dictionary<string, int> declared, string sheet, int row, string column, string? code, string fault, out T? found)
        where T : class
    {
        found = null;
        if (code is null)
        {
            return true;
        }
        if (map.TryGetValue(code, out found))
        {
            return true;
        }
        if (!declared.ContainsKey(code))
        {
            faults.Add(sheet, row, column, fault, code);
        }
        return false;
    }

    private bool Unique<TKey>(Dictionary<TKey, int> seen, TKey key, string sheet, int row, string column, string shown) where TKey : notnull
    {
        if (seen.TryAdd(key, row))
        {
            return true;
        }
        faults.Add(sheet, row, column, "Duplicate", shown, seen[key].ToString(CultureInfo.InvariantCulture));
        return false;
    }

    /// <summary>The agreement named, or else the one in force on that local day (SPEC §2).</summary>
    private bool AgreementFor(string sheet, int row, string? code, DateOnly day, out Agreement? agreement)
    {
        if (code is not null)
        {
            return Find(l.Agreements, p.DeclaredAgreements, sheet, row, "Agreement", code, "UnknownAgreement", out agreement);
        }
        agreement = null;
        var inForce = _periods.Where(x => x.Value.Starts <= day && day <= x.Value.Ends).Select(x => x.Key).Order(StringComparer.Ordinal).ToList();
        if (inForce.Count == 1)
        {
            agreement = l.Agreements[inForce[0]];
            return true;
        }
        var shown = day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (inForce.Count == 0)
        {
            faults.Add(sheet, row, "Agreement", "NoAgreementInForce", shown);
        }
        else
        {
            faults.Add(sheet, row, "Agreement", "SeveralAgreementsInForce", shown, string.Join(", ", inForce));
        }
        return false;
    }
}

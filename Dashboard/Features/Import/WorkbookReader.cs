using Dashboard.Features.Areas;
using Dashboard.Features.People;
using S = Dashboard.Features.Import.ImportSchema;

namespace Dashboard.Features.Import;

/// <summary>Reads the sheets of SPEC §5.1 into rows; checks each row on its own (its values, and rules between its columns).</summary>
internal static class WorkbookReader
{
    public static ParsedWorkbook Read(XlsxWorkbook workbook, FaultList faults, ImportProgress progress)
    {
        var p = new ParsedWorkbook();
        p.Agreements = ReadSheet(workbook, S.Agreements, faults, progress, r => Agreement(r, p));
        p.Areas = ReadSheet(workbook, S.Areas, faults, progress, r => Area(r, p));
        p.Units = ReadSheet(workbook, S.Units, faults, progress, r => Unit(r, p));
        p.People = ReadSheet(workbook, S.People, faults, progress, r => Person(r, p));
        p.Requests = ReadSheet(workbook, S.Requests, faults, progress, r => ActivitySheets.Request(r, p));
        p.Verifications = ReadSheet(workbook, S.Verifications, faults, progress, ActivitySheets.Verification);
        p.Incidents = ReadSheet(workbook, S.Incidents, faults, progress, ActivitySheets.Incident);
        p.Commendations = ReadSheet(workbook, S.Commendations, faults, progress, ActivitySheets.Commendation);
        return p;
    }

    private static AgreementRow? Agreement(RowReader r, ParsedWorkbook p)
    {
        var code = Declare(r, r.Code("Code"), p.DeclaredAgreements);
        var title = r.Text("Title");
        var signed = r.Date("SignedOn");
        var starts = r.Date("StartsOn");
        var ends = r.Date("EndsOn");
        if (starts is { } s && ends is { } e && e < s)
        {
            r.Fault("EndsOn", "EndsBeforeStarts");
        }
        return code is null || title is null || starts is null || ends is null ? null : new(r.Number, code, title, signed, starts.Value, ends.Value);
    }

    private static AreaRow? Area(RowReader r, ParsedWorkbook p)
    {
        var code = Declare(r, r.Code("Code"), p.DeclaredAreas);
        var name = r.Text("Name");
        var level = r.Choice<AreaLevel>("Level");
        var parent = r.Code("ParentCode");
        if (parent is not null && parent == code)
        {
            r.Fault("ParentCode", "ParentItself");
        }
        return code is null || name is null || level is null ? null : new(r.Number, code, name, level.Value, parent);
    }

    private static UnitRow? Unit(RowReader r, ParsedWorkbook p)
    {
        var code = Declare(r, r.Code("Code"), p.DeclaredUnits);
        var name = r.Text("Name");
        var agency = r.Choice<Agency>("Agency");
        return code is null || name is null || agency is null ? null : new(r.Number, code, name, agency.Value);
    }

    private static PersonRow? Person(RowReader r, ParsedWorkbook p)
    {
        var code = Declare(r, r.Code("Code"), p.DeclaredPeople);
        var name = r.Text("FullName");
        var unit = r.Code("UnitCode");
        var title = r.Text("Title");
        return code is null || name is null || unit is null ? null : new(r.Number, code, name, unit, title);
    }

    /// <summary>A code defined by this row; the same code twice in a sheet is a fault, also when the first row had another fault.</summary>
    private static string? Declare(RowReader r, string? code, Dictionary<string, int> declared)
    {
        if (code is not null && !declared.TryAdd(code, r.Number))
        {
            r.Fault("Code", "Duplicate", code, declared[code].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return code;
    }

    internal static string? Declare(string? code, HashSet<string> declared)
    {
        if (code is not null)
        {
            declared.Add(code);
        }
        return code;
    }

    private static List<T>? ReadSheet<T>(XlsxWorkbook workbook, string name, FaultList faults, ImportProgress progress, Func<RowReader, T?> read)
        where T : class
    {
        if (workbook.Sheet(name) is not { } sheet)
        {
            return null;
        }
        var rows = new List<T>();
        using var stream = sheet.GetEnumerator();
        var first = stream.MoveNext() ? stream.Current : (SheetRow?)null;
        var table = SheetTable.Open(first is { Number: 1 } header ? header : null, S.Sheet(name), faults);
        if (table is null)
        {
            return rows;
        }
        foreach (var reader in table.Rows(Rest(first, stream), faults))
        {
            var row = read(reader);
            if (row is not null && !reader.Failed)
            {
                rows.Add(row);
            }
            progress.RowRead();
        }
        return rows;
    }

    /// <summary>The rows after the header (the first row too when it was not row 1).</summary>
    private static IEnumerable<SheetRow> Rest(SheetRow? first, IEnumerator<SheetRow> stream)
    {
        if (first is { Number: > 1 } data)
        {
            yield return data;
        }
        while (stream.MoveNext())
        {
            yield return stream.Current;
        }
    }
}

using System.Globalization;
using ClosedXML.Excel;

namespace Dashboard.Features.Import;

/// <summary>A worksheet whose first row holds column keys (case-insensitive, any order); rows are read by key.</summary>
internal sealed class SheetTable
{
    private readonly IXLWorksheet _sheet;
    private readonly Dictionary<string, int> _columns;
    private readonly Dictionary<string, ImportColumn> _schema;

    private SheetTable(IXLWorksheet sheet, ImportSheet schema, Dictionary<string, int> columns)
    {
        _sheet = sheet;
        Schema = schema;
        _columns = columns;
        _schema = schema.Columns.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
    }

    public ImportSheet Schema { get; }

    public string Name => Schema.Name;

    public bool Has(string key) => _columns.ContainsKey(key);

    public ImportColumn Column(string key) => _schema[key];

    /// <summary>Null when a required column is missing: its rows are then not read, so one missing header is one fault.</summary>
    public static SheetTable? Open(IXLWorksheet sheet, ImportSheet schema, FaultList faults)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var known = schema.Columns.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
        var header = sheet.Row(1);
        var last = header.LastCellUsed()?.Address.ColumnNumber ?? 0;
        for (var c = 1; c <= last; c++)
        {
            var text = header.Cell(c).GetString().Trim();
            if (!known.TryGetValue(text, out var column))
            {
                continue;
            }
            if (!columns.TryAdd(column.Key, c))
            {
                faults.Add(schema.Name, 1, column.Key, "DuplicateColumn", column.Key);
            }
        }
        var ok = true;
        foreach (var missing in schema.Columns.Where(c => c.Required && !columns.ContainsKey(c.Key)))
        {
            faults.Add(schema.Name, 1, missing.Key, "MissingColumn", missing.Key);
            ok = false;
        }
        return ok ? new SheetTable(sheet, schema, columns) : null;
    }

    /// <summary>Data rows (from row 2); rows with nothing in any known column are skipped.</summary>
    public IEnumerable<RowReader> Rows(FaultList faults)
    {
        var last = _sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= last; r++)
        {
            var row = _sheet.Row(r);
            if (_columns.Values.All(c => CellValues.IsBlank(row.Cell(c))))
            {
                continue;
            }
            yield return new RowReader(this, row, r, faults);
        }
    }

    public IXLCell Cell(IXLRow row, string key) => row.Cell(_columns[key]);

    public static string Show(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}

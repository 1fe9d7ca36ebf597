using System.Globalization;

namespace Dashboard.Features.Import;

/// <summary>A worksheet whose first row holds column keys (case-insensitive, any order); rows are read by key, one at a time.</summary>
internal sealed class SheetTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly Dictionary<string, ImportColumn> _schema;

    private SheetTable(ImportSheet schema, Dictionary<string, int> columns)
    {
        Schema = schema;
        _columns = columns;
        _schema = schema.Columns.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
    }

    public ImportSheet Schema { get; }

    public string Name => Schema.Name;

    public bool Has(string key) => _columns.ContainsKey(key);

    public ImportColumn Column(string key) => _schema[key];

    /// <summary>Null when a required column is missing: its rows are then not read, so one missing header is one fault.</summary>
    public static SheetTable? Open(SheetRow? header, ImportSheet schema, FaultList faults)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var known = schema.Columns.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
        var cells = header?.Cells ?? [];
        for (var c = 1; c <= cells.Length; c++)
        {
            if (!known.TryGetValue(cells[c - 1].Text.Trim(), out var column))
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
        return ok ? new SheetTable(schema, columns) : null;
    }

    /// <summary>Data rows (from row 2), streamed; rows with nothing in any known column are skipped.</summary>
    public IEnumerable<RowReader> Rows(IEnumerable<SheetRow> rows, FaultList faults)
    {
        foreach (var row in rows)
        {
            if (row.Number < 2 || _columns.Values.All(c => CellValues.IsBlank(row[c])))
            {
                continue;
            }
            yield return new RowReader(this, row, faults);
        }
    }

    public SheetCell Cell(SheetRow row, string key) => row[_columns[key]];

    public static string Show(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}

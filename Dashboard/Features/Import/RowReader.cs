namespace Dashboard.Features.Import;

/// <summary>Typed access to one data row; each bad or missing value becomes a fault located by sheet, row and column.</summary>
internal sealed class RowReader(SheetTable table, SheetRow row, FaultList faults)
{
    public int Number => row.Number;

    /// <summary>True once any value of this row was refused.</summary>
    public bool Failed { get; private set; }

    public void Fault(string column, string code, params string[] args)
    {
        faults.Add(table.Name, Number, column, code, args);
        Failed = true;
    }

    /// <summary>Text as the user typed it (stored as-is), null when empty.</summary>
    public string? Text(string key) => Read(key, raw => raw);

    /// <summary>A code or key: surrounding spaces are not part of it.</summary>
    public string? Code(string key) => Read(key, raw => raw.Trim());

    public DateTime? DateTimeUtc(string key) => Read(key, raw => CellValues.LocalToUtc(Cell(key)), "BadDateTime");

    public DateOnly? Date(string key) => Read(key, raw => CellValues.Date(Cell(key)), "BadDate");

    public int? Integer(string key, long min = 0, long max = int.MaxValue) => (int?)Long(key, min, max);

    public long? Long(string key, long min = 0, long max = long.MaxValue)
    {
        var value = Read(key, raw => CellValues.Integer(Cell(key)), "BadInteger");
        return value is { } v && !InRange(key, v, min, max) ? null : value;
    }

    public double? Real(string key, double min, double max)
    {
        var value = Read(key, raw => CellValues.Number(Cell(key)), "BadNumber");
        if (value is { } v && (v < min || v > max))
        {
            Fault(key, "OutOfRange", SheetTable.Show(v), SheetTable.Show(min), SheetTable.Show(max));
            return null;
        }
        return value;
    }

    /// <summary>An enum by its English name, case-insensitive; numbers are not names.</summary>
    public T? Choice<T>(string key) where T : struct, Enum =>
        Read(key, raw => Enum.GetNames<T>().FirstOrDefault(n => n.Equals(raw.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<T>(name)
            : (T?)null, "BadChoice", string.Join(", ", Enum.GetNames<T>()));

    private SheetCell Cell(string key) => table.Cell(row, key);

    private bool InRange(string key, long v, long min, long max)
    {
        if (v < min)
        {
            Fault(key, "TooSmall", SheetTable.Show(v), SheetTable.Show(min));
            return false;
        }
        if (v > max)
        {
            Fault(key, "OutOfRange", SheetTable.Show(v), SheetTable.Show(min), SheetTable.Show(max));
            return false;
        }
        return true;
    }

    private string? Read(string key, Func<string, string?> convert)
    {
        var value = ReadRaw(key);
        if (value is null)
        {
            return null;
        }
        var column = table.Column(key);
        if (column.MaxLength > 0 && value.Length > column.MaxLength)
        {
            Fault(key, "TooLong", SheetTable.Show(column.MaxLength));
            return null;
        }
        return convert(value);
    }

    private T? Read<T>(string key, Func<string, T?> convert, string badCode, string hint = "") where T : struct
    {
        var raw = ReadRaw(key);
        if (raw is null)
        {
            return null;
        }
        var value = convert(raw);
        if (value is null)
        {
            Fault(key, badCode, raw.Trim(), hint);
        }
        return value;
    }

    /// <summary>The cell's text, or null when empty (a fault when the column is required).</summary>
    private string? ReadRaw(string key)
    {
        var raw = table.Has(key) ? CellValues.Raw(Cell(key)) : "";
        if (!string.IsNullOrWhiteSpace(raw))
        {
            return raw;
        }
        if (table.Column(key).Required)
        {
            Fault(key, "Required");
        }
        return null;
    }
}

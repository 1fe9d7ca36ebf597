namespace Dashboard.Features.Import;

/// <summary>Counts an import's rows and tells the listener at each stage and every <see cref="Every"/> rows, not on every row.</summary>
internal sealed class ImportProgress(Action<ImportStatus>? listener, FaultList faults)
{
    public const int Every = 2000;

    private ImportStage _stage;
    private int _read;
    private int _validated;
    private int _written;
    private int _toWrite;

    public int RowsRead => _read;

    public void Stage(ImportStage stage, int toWrite = 0)
    {
        _stage = stage;
        _toWrite = toWrite;
        Tell();
    }

    public void RowRead()
    {
        if (++_read % Every == 0)
        {
            Tell();
        }
    }

    public void Validated(int rows)
    {
        _validated = rows;
        Tell();
    }

    public void Written(int rows)
    {
        _written += rows;
        Tell();
    }

    private void Tell() => listener?.Invoke(new ImportStatus(_stage, _read, _validated, _written, _toWrite, faults.Count));
}

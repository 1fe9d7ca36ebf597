using ClosedXML.Excel;
using Dashboard.Features.Audit;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Import;

/// <summary>
/// Imports a workbook of SPEC §5.1: the whole file is validated before anything is written, then written all or nothing
/// in one transaction. Used by the /import page and the import verb.
/// </summary>
public sealed class ImportService(IDbContextFactory<DashboardDbContext> dbFactory, IConfiguration configuration, DataChangeNotifier notifier)
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Import:MaxBytes, 20 MB by default.</summary>
    public long MaxBytes => configuration.GetValue<long?>("Import:MaxBytes") ?? DefaultMaxBytes;

    /// <summary>The fault for a file over the limit, so callers can refuse it before reading it; null when within.</summary>
    public ImportFault? SizeFault(long bytes) =>
        bytes > MaxBytes ? ImportFault.File("TooLarge", Megabytes(bytes), Megabytes(MaxBytes)) : null;

    public async Task<ImportReport> ImportFileAsync(string path, ImportOptions options, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            return ImportReport.Refused([ImportFault.File("FileNotFound", Path.GetFileName(path))], options.DryRun);
        }
        if (SizeFault(new FileInfo(path).Length) is { } tooLarge)
        {
            return ImportReport.Refused([tooLarge], options.DryRun);
        }
        await using var stream = File.OpenRead(path);
        return await ImportAsync(stream, options, ct);
    }

    /// <summary>Reads at most MaxBytes + 1 bytes of the stream, so a file over the limit is refused without reading it all.</summary>
    public async Task<ImportReport> ImportAsync(Stream stream, ImportOptions options, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (SizeFault(buffer.Length) is { } tooLarge)
            {
                return ImportReport.Refused([tooLarge], options.DryRun);
            }
        }
        buffer.Position = 0;
        options.Progress?.Invoke(ImportStage.Validating);
        var faults = new FaultList();
        var parsed = Parse(buffer, faults);
        if (parsed is null)
        {
            return ImportReport.Refused(faults.All, options.DryRun);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lookups = await ImportLookups.LoadAsync(db, parsed, ct);
        var plan = new ImportResolver(parsed, lookups, faults).Resolve();
        if (faults.Any)
        {
            return ImportReport.Refused(faults.All, options.DryRun);
        }
        if (options.DryRun)
        {
            return new ImportReport([], await new ImportWriter(db, save: false, ct).WriteAsync(plan), DryRun: true);
        }
        options.Progress?.Invoke(ImportStage.Writing);
        db.Actor = options.Actor.Length > 320 ? options.Actor[..320] : options.Actor;
        List<SheetCounts> counts;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                counts = await new ImportWriter(db, save: true, ct).WriteAsync(plan);
            }
            catch (DbUpdateException e)
            {
                // A concurrent change between validation and writing (e.g. the same code saved by someone else): nothing is kept.
                return ImportReport.Refused([ImportFault.File("WriteFailed", (e.InnerException ?? e).Message)], dryRun: false);
            }
            await transaction.CommitAsync(ct);
        }
        if (counts.Any(c => c.Inserted + c.Updated > 0))
        {
            notifier.NotifyChanged();
        }
        return new ImportReport([], counts, DryRun: false);
    }

    /// <summary>Null when the file cannot be read as a workbook or has none of the known sheets.</summary>
    private static ParsedWorkbook? Parse(MemoryStream buffer, FaultList faults)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(buffer);
        }
        catch (Exception)
        {
            // ClosedXML throws many kinds for a file that is not an .xlsx (zip, package, XML errors).
            faults.Add(ImportFault.File("NotExcel"));
            return null;
        }
        using (workbook)
        {
            var parsed = WorkbookReader.Read(workbook, faults);
            if (!parsed.AnySheet)
            {
                faults.Add(ImportFault.File("NoKnownSheet", string.Join(", ", ImportSchema.Sheets.Select(s => s.Name))));
                return null;
            }
            return parsed;
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) + " MB";
}

using System.Security.Cryptography;
using System.Xml;
using Dashboard.Infrastructure.Data;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Import;

/// <summary>
/// Imports a workbook of SPEC §5.1: the whole file is validated before anything is written, then written all or nothing
/// in one transaction. Used by the /import page and the import verb.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<DashboardDbContext> dbFactory, IConfiguration configuration, DataChangeNotifier notifier, TimeProvider time)
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
        return await ImportAsync(stream, options with { FileName = options.FileName ?? Path.GetFileName(path) }, ct);
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
        var source = new ImportSource(Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))), options.FileName);
        buffer.Position = 0;
        var faults = new FaultList();
        var progress = new ImportProgress(options.Progress, faults);
        progress.Stage(ImportStage.Reading);
        var parsed = Parse(buffer, faults, progress);
        if (parsed is null)
        {
            return ImportReport.Refused(faults, options.DryRun);
        }
        progress.Stage(ImportStage.Validating);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lookups = await ImportLookups.LoadAsync(db, parsed, ct);
        var plan = new ImportResolver(parsed, lookups, faults).Resolve();
        progress.Validated(progress.RowsRead);
        if (faults.Any)
        {
            return ImportReport.Refused(faults, options.DryRun);
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (options.DryRun)
        {
            return new ImportReport([], await new ImportWriter(db, save: false, source, progress, now, ct).WriteAsync(plan), DryRun: true);
        }
        progress.Stage(ImportStage.Writing, plan.Rows);
        db.Actor = options.Actor.Length > 320 ? options.Actor[..320] : options.Actor;
        List<SheetCounts> counts;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                counts = await new ImportWriter(db, save: true, source, progress, now, ct).WriteAsync(plan);
            }
            catch (DbUpdateException e)
            {
                // A concurrent change between validation and writing (e.g. the same code saved by someone else): nothing is kept.
                return ImportReport.Refused([ImportFault.File("WriteFailed", (e.InnerException ?? e).Message)], dryRun: false);
            }
            await transaction.CommitAsync(ct);
        }
        // The batches are one transaction: the live pages hear of the import once, after its commit.
        if (counts.Any(c => c.Inserted + c.Updated > 0))
        {
            notifier.NotifyChanged();
        }
        return new ImportReport([], counts, DryRun: false);
    }

    /// <summary>Null when the file cannot be read as a workbook or has none of the known sheets.</summary>
    private static ParsedWorkbook? Parse(MemoryStream buffer, FaultList faults, ImportProgress progress)
    {
        using var workbook = XlsxWorkbook.Open(buffer);
        if (workbook is null)
        {
            faults.Add(ImportFault.File("NotExcel"));
            return null;
        }
        ParsedWorkbook parsed;
        try
        {
            parsed = WorkbookReader.Read(workbook, faults, progress);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException)
        {
            // A package whose sheet XML is broken.
            faults.Add(ImportFault.File("NotExcel"));
            return null;
        }
        if (!parsed.AnySheet)
        {
            faults.Add(ImportFault.File("NoKnownSheet", string.Join(", ", ImportSchema.Sheets.Select(s => s.Name))));
            return null;
        }
        return parsed;
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) + " MB";
}

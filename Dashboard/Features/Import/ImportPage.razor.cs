using System.Globalization;
using Microsoft.AspNetCore.Components;
using Dashboard.Infrastructure.Localization;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Features.Import;

public sealed partial class ImportPage
{
    private static readonly int[] PageSizes = [50, 100, 500];
    private static readonly Dictionary<string, object> DownloadAttribute = new() { ["download"] = ImportTemplate.FileName };

    private IBrowserFile? _file;
    private bool _dryRun;
    private bool _busy;
    private double? _percent;
    private string _stage = "";
    private ImportReport? _report;

    [Inject] private ImportService Importer { get; set; } = default!;
    [Inject] private Dashboard.Features.Audit.UserDb UserDb { get; set; } = default!;

    private void OnFileChosen(IBrowserFile? file)
    {
        _file = file;
        _report = null;
    }

    private async Task RunAsync()
    {
        if (_file is not { } file)
        {
            return;
        }
        _report = null;
        // The size limit is enforced before a byte is read.
        if (Importer.SizeFault(file.Size) is { } tooLarge)
        {
            _report = ImportReport.Refused([tooLarge], _dryRun);
            return;
        }
        _busy = true;
        try
        {
            using var buffer = await UploadAsync(file);
            var options = new ImportOptions(_dryRun, await UserDb.ActorAsync(), status => _ = InvokeAsync(() => Show(status)), file.Name);
            // Off the circuit's thread, so the progress stays live while the workbook is read and written.
            _report = await Task.Run(() => Importer.ImportAsync(buffer, options));
        }
        finally
        {
            _busy = false;
            _percent = null;
        }
    }

    private async Task<MemoryStream> UploadAsync(IBrowserFile file)
    {
        var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream(Importer.MaxBytes);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            _percent = file.Size == 0 ? 100 : Math.Round(100.0 * buffer.Length / file.Size);
            _stage = L["Import_Stage_Uploading", _percent.Value.ToString("0", CultureInfo.CurrentCulture)];
            StateHasChanged();
        }
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Rows read, validated and written, as the service reports them (every few thousand rows).</summary>
    private void Show(ImportStatus s)
    {
        _percent = s.Stage == ImportStage.Writing && s.RowsToWrite > 0 ? Math.Round(100.0 * s.RowsWritten / s.RowsToWrite) : null;
        _stage = s.Stage switch
        {
            ImportStage.Reading => L["Import_Stage_Reading", Fmt.Number(s.RowsRead), Fmt.Number(s.Faults)],
            ImportStage.Validating when s.RowsValidated == 0 => L["Import_Stage_Validating", Fmt.Number(s.RowsRead)],
            ImportStage.Validating => L["Import_Stage_Checked", Fmt.Number(s.RowsValidated), Fmt.Number(s.Faults)],
            _ => L["Import_Stage_Writing", Fmt.Number(s.RowsWritten), Fmt.Number(s.RowsToWrite)],
        };
        StateHasChanged();
    }

    private static string SizeText(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.CurrentCulture) + " MB"
            : Math.Ceiling(bytes / 1024.0).ToString("0", CultureInfo.CurrentCulture) + " KB";
}

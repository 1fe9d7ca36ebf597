using System.CommandLine;
using System.Globalization;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Import;

/// <summary>import FILE.xlsx [--dry-run]: exit 0 when imported (or, with --dry-run, valid), 1 with the error report.</summary>
internal static class ImportVerb
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp Excel (.xlsx) theo mẫu / The workbook (.xlsx) in the template's format" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra, không ghi / Only validate, write nothing" };
        var command = new Command("import", "Nhập dữ liệu từ tệp Excel / Import a workbook") { file, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var provider = services();
            await MigrationCheck.MigrateIfNeededAsync(provider, ct);
            // The report is in Vietnamese, the product's first language, whatever the machine's locale.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Vi;
            var localizer = provider.GetRequiredService<IStringLocalizer<SharedResource>>();
            var importer = provider.GetRequiredService<ImportService>();
            var path = parse.GetValue(file)!.FullName;
            var report = await importer.ImportFileAsync(path, new ImportOptions(parse.GetValue(dryRun), "import:" + Path.GetFileName(path)), ct);
            if (!report.Accepted)
            {
                await output.WriteLineAsync(localizer["Import_Refused", report.TotalFaults]);
                if (report.Capped)
                {
                    await output.WriteLineAsync(localizer["Import_FaultsCapped", report.Faults.Count, report.TotalFaults]);
                }
                foreach (var f in report.Faults)
                {
                    await output.WriteLineAsync($"{Or(f.Sheet)}\t{(f.Row == 0 ? "-" : f.Row.ToString(CultureInfo.InvariantCulture))}\t{Or(f.Column)}\t{f.Message(localizer)}");
                }
                return 1;
            }
            await output.WriteLineAsync(localizer[report.DryRun ? "Import_DryRunOk" : "Import_Done"]);
            await output.WriteLineAsync($"{localizer["Import_Sheet"]}\t{localizer["Import_Inserted"]}\t{localizer["Import_Updated"]}\t{localizer["Import_Unchanged"]}");
            foreach (var s in report.Sheets)
            {
                await output.WriteLineAsync($"{s.Sheet}\t{s.Inserted}\t{s.Updated}\t{s.Unchanged}");
            }
            return 0;
        });
        return command;
    }

    private static string Or(string text) => text.Length == 0 ? "-" : text;
}

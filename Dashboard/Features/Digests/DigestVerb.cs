using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Features.Digests.Workbook;
using Dashboard.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Digests;

/// <summary>`digest --agreement CODE --week YYYY-Www [--scope S] [--language vi|en] --out FILE.xlsx [--send]`.</summary>
internal static class DigestVerb
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var agreement = new Option<string>("--agreement") { Description = "Mã quy chế / agreement code, e.g. QCPH-2023", Required = true };
        var week = new Option<string>("--week") { Description = "Tuần ISO / ISO week, YYYY-Www", Required = true };
        var scope = new Option<DigestScope>("--scope") { Description = "Leadership | Coordinator", DefaultValueFactory = _ => DigestScope.Leadership };
        var language = new Option<string>("--language") { Description = "vi | en", DefaultValueFactory = _ => "vi" };
        language.AcceptOnlyFromAmong("vi", "en");
        var output = new Option<FileInfo>("--out") { Description = "Tệp .xlsx / the workbook to write", Required = true };
        var send = new Option<bool>("--send") { Description = "Gửi cho người nhận đang hoạt động / also send it to the active recipients of the scope" };
        var command = new Command("digest", "Bản tin tuần: tạo tệp Excel, có thể gửi thư / Weekly digest workbook, optionally sent")
        {
            agreement, week, scope, language, output, send,
        };
        command.SetAction(async (parse, ct) =>
        {
            var provider = services();
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var l = provider.GetRequiredService<IStringLocalizer<SharedResource>>();
            if (!IsoWeek.TryParse(parse.GetValue(week), out var isoWeek))
            {
                await stderr.WriteLineAsync(l["Digest_Err_BadWeek", parse.GetValue(week) ?? ""]);
                return 1;
            }
            await MigrationCheck.MigrateIfNeededAsync(provider, ct);
            var started = Stopwatch.GetTimestamp();
            var (code, chosenScope, lang, file) = (parse.GetValue(agreement)!, parse.GetValue(scope), parse.GetValue(language)!, parse.GetValue(output)!);
            try
            {
                byte[] workbook;
                if (parse.GetValue(send))
                {
                    // The file written is the one the recipients get.
                    var runId = await provider.GetRequiredService<DigestRuns>().FindOrBuildAsync(code, isoWeek.Value, chosenScope, ct);
                    workbook = await WorkbookOfAsync(provider, runId, lang, ct);
                    await WriteAsync(file, workbook, ct);
                    var outcome = await provider.GetRequiredService<DigestSender>().DeliverAsync(runId, ct);
                    await stdout.WriteLineAsync($"{file.FullName}");
                    await stdout.WriteLineAsync($"Đã gửi / sent: {outcome.Sent}; đã gửi trước đó / sent before: {outcome.AlreadySent}; {Seconds(started)} s");
                    return 0;
                }
                var content = await provider.GetRequiredService<DigestContentLoader>().LoadAsync(code, isoWeek.Value, chosenScope, ct);
                var loaded = Stopwatch.GetTimestamp();
                workbook = DigestWorkbook.Build(content, new DigestText(l, lang));
                await WriteAsync(file, workbook, ct);
                await stdout.WriteLineAsync($"{file.FullName}");
                // The whole, then its parts: the figures from the database, the workbook written.
                await stdout.WriteLineAsync($"{Seconds(started)} s (figures {Seconds(started, loaded)} s, workbook {Seconds(loaded)} s)");
                return 0;
            }
            catch (Exception e) when (e is DigestInputException or DigestDeliveryException)
            {
                await stderr.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static string Seconds(long started, long? ended = null) =>
        (ended is { } end ? Stopwatch.GetElapsedTime(started, end) : Stopwatch.GetElapsedTime(started)).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static async Task<byte[]> WorkbookOfAsync(IServiceProvider provider, int runId, string language, CancellationToken ct)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(ct);
        return await db.DigestRuns.Where(r => r.Id == runId).Select(r => language == "en" ? r.WorkbookEn : r.WorkbookVi).SingleAsync(ct)
            ?? throw new InvalidDataException($"Run {runId} has no workbook.");
    }

    private static async Task WriteAsync(FileInfo file, byte[] workbook, CancellationToken ct)
    {
        file.Directory?.Create();
        await File.WriteAllBytesAsync(file.FullName, workbook, ct);
    }
}

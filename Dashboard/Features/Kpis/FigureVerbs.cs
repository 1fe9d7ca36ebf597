using Dashboard.Infrastructure.Data;
using System.CommandLine;

namespace Dashboard.Features.Kpis;

/// <summary>`kpis` and `heatmap` (SPEC §5): the JSON of the API on standard output, a Vietnamese message on standard error and exit 1 on bad input.</summary>
internal static class FigureVerbs
{
    public static Command Kpis(Func<IServiceProvider> services)
    {
        var command = new Command("kpis", "In các số liệu (SPEC §3) dạng JSON / Print the figures as JSON");
        var inputs = new Inputs(command);
        command.SetAction((parse, ct) => RunAsync(parse, answers => answers.KpisAsync(inputs.Read(parse), ct), services));
        return command;
    }

    public static Command Heatmap(Func<IServiceProvider> services)
    {
        var command = new Command("heatmap", "In bản đồ nhiệt dạng JSON / Print a heat map as JSON");
        var inputs = new Inputs(command);
        var shape = new Option<string?>("--shape") { Description = "areaByWeek | areaByMonth | weekdayByHour | areaByKind" };
        command.Options.Add(shape);
        command.SetAction((parse, ct) => RunAsync(parse, answers => answers.HeatmapAsync(inputs.Read(parse) with { Shape = parse.GetValue(shape) }, ct), services));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<FiguresAnswers, Task<FiguresAnswer>> answer, Func<IServiceProvider> services)
    {
        var provider = services();
        await MigrationCheck.EnsureUpToDateAsync(provider);
        var result = await answer(provider.GetRequiredService<FiguresAnswers>());
        if (result.Error is { } error)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(error);
            return 1;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync(result.Json);
        return 0;
    }

    /// <summary>The options both verbs share, read as text for <see cref="FigureInput"/>.</summary>
    private sealed class Inputs
    {
        private readonly Option<string?> _agreement = new("--agreement") { Description = "Mã quy chế (mặc định: tất cả) / Agreement code (default: all)" };
        private readonly Option<string?> _from = new("--from") { Description = "Từ ngày (yyyy-MM-dd hoặc dd/MM/yyyy) / First day" };
        private readonly Option<string?> _to = new("--to") { Description = "Đến trước ngày (không tính) / Day after the last" };
        private readonly Option<string?> _asOf = new("--as-of") { Description = "Thời điểm tính (ISO 8601) / Instant the state is taken at" };

        public Inputs(Command command)
        {
            command.Options.Add(_agreement);
            command.Options.Add(_from);
            command.Options.Add(_to);
            command.Options.Add(_asOf);
        }

        public FigureArgs Read(ParseResult parse) =>
            new(parse.GetValue(_agreement), parse.GetValue(_from), parse.GetValue(_to), parse.GetValue(_asOf));
    }
}

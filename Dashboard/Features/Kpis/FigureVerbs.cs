using Dashboard.Infrastructure.Data;
using System.CommandLine;

namespace Dashboard.Features.Kpis;

/// <summary>`kpis` (SPEC §5; `heatmap` is the heat maps', on the same path): the JSON of the API on standard output, a Vietnamese message on standard error and exit 1 on bad input.</summary>
internal static class FigureVerbs
{
    public static Command Kpis(Func<IServiceProvider> services)
    {
        var command = new Command("kpis", "In các số liệu (SPEC §3) dạng JSON / Print the figures as JSON");
        var inputs = new Inputs(command);
        command.SetAction((parse, ct) => RunAsync<FiguresAnswers>(parse, answers => answers.KpisAsync(inputs.Read(parse), ct), services));
        return command;
    }

    /// <summary>Runs a figures verb: <typeparamref name="TAnswers"/> gives the answer, JSON to standard output or the message to standard error.</summary>
    internal static async Task<int> RunAsync<TAnswers>(ParseResult parse, Func<TAnswers, Task<FiguresAnswer>> answer, Func<IServiceProvider> services)
        where TAnswers : notnull
    {
        var provider = services();
        await MigrationCheck.EnsureUpToDateAsync(provider);
        var result = await answer(provider.GetRequiredService<TAnswers>());
        if (result.Error is { } error)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(error);
            return 1;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync(result.Json);
        return 0;
    }

    /// <summary>The options every figures verb shares (`kpis`, `heatmap`), read as text for <see cref="FigureInput"/>.</summary>
    internal sealed class Inputs
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

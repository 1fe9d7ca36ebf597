using System.CommandLine;
using Dashboard.Features.Kpis;

namespace Dashboard.Features.Heatmaps;

/// <summary>`heatmap` (SPEC §5): like `kpis`, the JSON of the API on standard output, a Vietnamese message on standard error and exit 1 on bad input.</summary>
internal static class HeatmapVerb
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var command = new Command("heatmap", "In bản đồ nhiệt dạng JSON / Print a heat map as JSON");
        var inputs = new FigureVerbs.Inputs(command);
        var shape = new Option<string?>("--shape") { Description = "areaByWeek | areaByMonth | weekdayByHour | areaByKind" };
        command.Options.Add(shape);
        command.SetAction((parse, ct) => FigureVerbs.RunAsync<HeatmapAnswers>(parse, answers => answers.HeatmapAsync(inputs.Read(parse) with { Shape = parse.GetValue(shape) }, ct), services));
        return command;
    }
}

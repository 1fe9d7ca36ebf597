using System.CommandLine;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Features.DemoData;

/// <summary><c>seed --scale demo|national [--seed N]</c>: fills an empty database with generated data (SPEC §4.8, §8).</summary>
internal static class SeedVerb
{
    public static Command Create(Func<IServiceProvider> services)
    {
        var scale = new Option<string>("--scale")
        {
            Description = "demo: Hà Giang 2012 đến nay / Hà Giang from 2012 to today; national: 34 tỉnh, 10 năm / 34 provinces, ten years",
            Required = true,
        };
        scale.AcceptOnlyFromAmong("demo", "national");
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên / Random seed", DefaultValueFactory = _ => DemoDataGenerator.DefaultSeed };
        var provinces = new Option<int>("--provinces") { Description = "national: số tỉnh / number of provinces (1–34)", DefaultValueFactory = _ => 34 };
        var fraction = new Option<double>("--fraction") { Description = "national: tỉ lệ số bản ghi / fraction of the full row counts", DefaultValueFactory = _ => 1.0 };
        provinces.Validators.Add(r =>
        {
            if (r.GetValue(provinces) is < 1 or > 34)
            {
                r.AddError("--provinces phải từ 1 đến 34 / must be between 1 and 34");
            }
        });
        fraction.Validators.Add(r =>
        {
            if (r.GetValue(fraction) is <= 0 or > 1)
            {
                r.AddError("--fraction phải trong (0, 1] / must be in (0, 1]");
            }
        });

        var command = new Command("seed", "Tạo dữ liệu mẫu cho cơ sở dữ liệu trống / Seed an empty database with generated data")
        {
            scale, seed, provinces, fraction,
        };
        command.SetAction(async (parse, ct) =>
        {
            var provider = services();
            await MigrationCheck.MigrateIfNeededAsync(provider, ct);
            var generator = provider.GetRequiredService<DemoDataGenerator>();
            var result = parse.GetValue(scale) == "national"
                ? await generator.SeedNationalAsync(new NationalOptions(parse.GetValue(provinces), parse.GetValue(fraction)), parse.GetValue(seed), ct)
                : await generator.SeedDemoAsync(parse.GetValue(seed), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(result.Summary());
            return 0;
        });
        return command;
    }
}

namespace Dashboard.Features.DemoData;

public static class DemoDataRegistration
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) =>
        services.AddSingleton<DemoDataGenerator>();

    /// <summary>In Development an empty database gets the demo data at start, unless Demo:SeedOnStart is false.</summary>
    public static async Task SeedDemoOnStartAsync(this IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("Demo:SeedOnStart", true))
        {
            return;
        }
        var result = await services.GetRequiredService<DemoDataGenerator>().SeedDemoAsync();
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Dashboard.DemoData").LogInformation("{Summary}", result.Summary());
    }
}

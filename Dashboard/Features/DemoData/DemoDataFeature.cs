using System.CommandLine;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.DemoData;

/// <summary>Generated data: the demo set at start in Development, and the `seed` verb.</summary>
public sealed class DemoDataFeature : IFeature
{
    public int Order => 60;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddDemoData();

    public Task OnWebStartAsync(WebApplication app) => app.Services.SeedDemoOnStartAsync(app.Environment, app.Configuration);

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [SeedVerb.Create(services)];
}

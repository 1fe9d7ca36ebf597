using System.CommandLine;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Import;

/// <summary>The Excel import: its page, the template download and the `import` verb.</summary>
public sealed class ImportFeature : IFeature
{
    public int Order => 90;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<ImportService>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapImport();

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [ImportVerb.Create(services)];

    public IEnumerable<NavEntry> Navigation =>
        [new("/import", MudBlazor.Icons.Material.Filled.UploadFile, "Nav_Import", 70, Policies.DataEntry)];
}

using System.CommandLine;
using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.Digests;

/// <summary>The weekly Excel digest: its runs, its recipients, the workbook download and the `digest` verb.</summary>
public sealed class DigestsFeature : IFeature
{
    public int Order => 100;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddDigests(configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDigestEndpoints();

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [DigestVerb.Create(services)];

    public IEnumerable<NavEntry> Navigation =>
    [
        new("/digests", MudBlazor.Icons.Material.Filled.MarkEmailRead, "Nav_Digests", 80, Policies.Admin),
        new("/admin/recipients", MudBlazor.Icons.Material.Filled.ContactMail, "Nav_Recipients", 110, Policies.Admin) { Group = NavGroup.Admin },
    ];
}

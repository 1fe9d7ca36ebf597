using System.CommandLine;
using Dashboard.Features.Kpis.Totals;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Modules;

namespace Dashboard.Features.Kpis;

/// <summary>The figures of SPEC §3: the JSON API and the `kpis` verb.</summary>
public sealed class FiguresFeature : IFeature
{
    public int Order => 70;

    /// <summary>The figures; stateless, each call opens its own short-lived context. Commendations adds the <see cref="ICandidateRanking"/>.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FiguresService>();
        services.AddSingleton<FiguresAnswers>();
    }

    /// <summary>Totals whose definition changed since they were written are rebuilt from the rows, once.</summary>
    public Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct) => FigureTotalsVersion.EnsureCurrentAsync(db, ct);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapFiguresApi();

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [FigureVerbs.Kpis(services)];
}

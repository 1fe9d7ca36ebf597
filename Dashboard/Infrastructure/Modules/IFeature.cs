using System.CommandLine;
using Dashboard.Infrastructure.Data;
using Hangfire;

namespace Dashboard.Infrastructure.Modules;

/// <summary>
/// What a feature adds to the program, found at start-up (<see cref="FeatureCatalog"/>), so that a new feature lives in
/// its own folder instead of a line in every central file. Each member does nothing unless the feature says otherwise.
/// </summary>
public interface IFeature
{
    /// <summary>Where the feature comes among the others: its services, endpoints and verbs (in --help) go in this order.</summary>
    int Order { get; }

    /// <summary>Services for the web server and the verbs alike.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Services only the web server needs (cookies, authorization); the verbs never see them.</summary>
    void AddWebServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Middleware between authentication and authorization (it sees the user, before any endpoint decides).</summary>
    void UseAfterAuthentication(IApplicationBuilder app)
    {
    }

    /// <summary>Endpoints other than the Razor pages, mapped before them.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Command-line verbs; <paramref name="services"/> builds the services only when a verb runs.</summary>
    IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [];

    /// <summary>After the migrations (the migrate verb; at start on SQLite): upkeep of the data the feature derives from the rows.</summary>
    Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>At the web server's start, once the database is ready, in feature order (demo accounts, then demo data).</summary>
    Task OnWebStartAsync(WebApplication app) => Task.CompletedTask;

    /// <summary>Recurring jobs, registered (or updated) at each web server's start with constant ids.</summary>
    void AddRecurringJobs(IRecurringJobManager jobs, IConfiguration configuration)
    {
    }

    /// <summary>Links in the navigation menu.</summary>
    IEnumerable<NavEntry> Navigation => [];
}

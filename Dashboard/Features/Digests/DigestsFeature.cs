using System.CommandLine;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;
using Dashboard.Infrastructure.Time;
using Hangfire;

namespace Dashboard.Features.Digests;

/// <summary>The weekly Excel digest: its runs, its recipients, the workbook download and the `digest` verb.</summary>
public sealed class DigestsFeature : IFeature
{
    public int Order => 100;

    /// <summary>Monday 07:00, local time, unless Digest:Cron says otherwise.</summary>
    public const string DefaultCron = "0 7 * * 1";

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddDigests(configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDigestEndpoints();

    /// <summary>The weekly digest at Digest:Cron in Digest:TimeZone (default the local zone).</summary>
    public void AddRecurringJobs(IRecurringJobManager jobs, IConfiguration configuration)
    {
        var cron = configuration["Digest:Cron"] ?? DefaultCron;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Digest:TimeZone"] ?? LocalClock.ZoneId);
        jobs.AddOrUpdate<DigestJobs>(
            DigestJobs.RecurringId, j => j.SendLastWeekAsync(CancellationToken.None), cron, new RecurringJobOptions { TimeZone = zone });
    }

    public IEnumerable<Command> Verbs(Func<IServiceProvider> services) => [DigestVerb.Create(services)];

    public IEnumerable<NavEntry> Navigation =>
    [
        new("/digests", MudBlazor.Icons.Material.Filled.MarkEmailRead, "Nav_Digests", 80, Policies.Admin),
        new("/admin/recipients", MudBlazor.Icons.Material.Filled.ContactMail, "Nav_Recipients", 110, Policies.Admin) { Group = NavGroup.Admin },
    ];
}

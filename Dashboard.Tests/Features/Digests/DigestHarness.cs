using Dashboard.Features.Digests;
using Dashboard.Features.Heatmaps;
using Dashboard.Infrastructure;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Features.Digests;

/// <summary>The product's own services (as the verbs build them) over a temporary database, on a clock that a test controls.</summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    /// <summary>Saturday 28/11/2026 12:00 in Hà Giang: the last week that has ended is 2026-W47.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(7));

    private DigestHarness(TestDatabase db, ServiceProvider services, FixedTime time)
    {
        (Db, Services, Time) = (db, services, time);
    }

    public TestDatabase Db { get; }
    public ServiceProvider Services { get; }
    public FixedTime Time { get; }

    public DigestRuns Runs => Services.GetRequiredService<DigestRuns>();
    public DigestSender Sender => Services.GetRequiredService<DigestSender>();
    public DigestJobs Jobs => Services.GetRequiredService<DigestJobs>();

    /// <param name="settings">Configuration on top of the database's connection string (e.g. Mail:Smtp:Host).</param>
    /// <param name="figures">A stand-in for the figures engine, for tests about delivery rather than figures.</param>
    public static async Task<DigestHarness> CreateAsync(IDictionary<string, string?>? settings = null, IDigestFigures? figures = null)
    {
        var time = new FixedTime(Now);
        var db = await TestDatabase.CreateAsync(time);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = db.ConnectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration);
        services.AddDashboardCore(configuration);
        services.AddSingleton<TimeProvider>(time);
        if (figures is not null)
        {
            services.AddSingleton(figures);
        }
        return new DigestHarness(db, services.BuildServiceProvider(), time);
    }

    public async Task<DigestRecipient> AddRecipientAsync(string email, DigestScope scope = DigestScope.Leadership, string language = "vi", string? name = null)
    {
        await using var db = Db.CreateDbContext();
        var recipient = new DigestRecipient { Email = email, DisplayName = name ?? "Đồng chí " + email.Split('@')[0], Language = language, Scope = scope };
        db.DigestRecipients.Add(recipient);
        await db.SaveChangesAsync();
        return recipient;
    }

    public async Task<List<DigestDelivery>> DeliveriesAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.DigestDeliveries.AsNoTracking().OrderBy(d => d.Email).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Db.DisposeAsync();
    }
}

/// <summary>Fixed figures standing in for the figures engine, in tests of delivery (not of figures).</summary>
internal sealed class StubFigures : IDigestFigures
{
    public Task<Dashboard.Features.Kpis.Kpis> FiguresAsync(string agreementCode, DateOnly? from, DateOnly to, DateTimeOffset asOf, CancellationToken ct) =>
        Task.FromResult(SampleDigest.Figures(from is null ? 30 : 3, 7, 0.75));

    public Task<Heatmap> AreaByWeekAsync(string agreementCode, DateOnly from, DateOnly to, DateTimeOffset asOf, CancellationToken ct) =>
        Task.FromResult(SampleDigest.Content(DigestScope.Leadership).Heatmap);

    public Task<IReadOnlyList<DigestRequestRow>> OpenRequestsAsync(string agreementCode, DateTimeOffset asOf, int limit, CancellationToken ct) =>
        Task.FromResult(SampleDigest.Content(DigestScope.Coordinator).OpenRequests);

    public Task<IReadOnlyList<DigestIncidentRow>> IncidentsAsync(string agreementCode, DateOnly from, DateOnly to, DateTimeOffset asOf, int limit, CancellationToken ct) =>
        Task.FromResult(SampleDigest.Content(DigestScope.Coordinator).Incidents);

    public Task<IReadOnlyDictionary<string, string>> AreaNamesAsync(IEnumerable<string> codes, CancellationToken ct) =>
        Task.FromResult(SampleDigest.Content(DigestScope.Leadership).AreaNames);
}

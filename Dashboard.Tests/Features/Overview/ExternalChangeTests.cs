using Dashboard.Cli;
using Dashboard.Infrastructure.Data;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Features.Overview;

[Collection(AppHostGroup.Name)]
public sealed class ExternalChangeTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _app = new(settings: new Dictionary<string, string?> { ["Live:ExternalPollSeconds"] = "1" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AVerbInAnotherHost_WritingTheSameFile_ReachesTheLivePages()
    {
        using var client = _app.CreateClient();
        var notices = 0;
        _app.Services.GetRequiredService<DataChangeNotifier>().Changed += () => Interlocked.Increment(ref notices);
        await Task.Delay(1500); // the watcher has read the current state

        // The verb builds its own services (its own notifier), exactly as a second process would.
        var exit = await CliApp.RunAsync(["seed", "--scale", "demo", $"--ConnectionStrings:Dashboard={_app.ConnectionString}"], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exit);
        for (var waited = 0; Volatile.Read(ref notices) == 0 && waited < 10_000; waited += 100)
        {
            await Task.Delay(100);
        }
        Assert.True(notices > 0, "the running app did not notice the change made by the verb");
    }
}

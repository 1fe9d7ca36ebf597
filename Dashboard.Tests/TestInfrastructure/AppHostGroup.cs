namespace Dashboard.Tests.TestInfrastructure;

/// <summary>Tests that start the app host share Hangfire's global configuration and the machine's two cores: one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppHostGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "App";
}

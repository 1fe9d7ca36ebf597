using Dashboard.Cli;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Web;

if (CliApp.IsVerb(args))
{
    return await CliApp.RunAsync(args);
}

try
{
    var builder = WebApplication.CreateBuilder(DefaultEnvironment.Apply(args));
    builder.AddDashboardWeb();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.MapDashboard();
    await app.RunAsync();
    return 0;
}
catch (DatabaseSetupException e)
{
    // A database that cannot be used as configured: its message, not a stack trace.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;

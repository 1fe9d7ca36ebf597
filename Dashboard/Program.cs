using Dashboard.Cli;
using Dashboard.Infrastructure.Web;

if (CliApp.IsVerb(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(DefaultEnvironment.Apply(args));
builder.AddDashboardWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.MapDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;

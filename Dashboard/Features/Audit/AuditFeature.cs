using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Modules;
using Dashboard.Infrastructure.Security;

namespace Dashboard.Features.Audit;

/// <summary>The audit log of every change, and its page for Admins.</summary>
public sealed class AuditFeature : IFeature
{
    public int Order => 20;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<AuditLog>();
        services.AddScoped<UserDb>();
    }

    /// <summary>On SQLite the web server learns of a verb's writes (another process) from the audit trail they leave.</summary>
    public void AddWebServices(IServiceCollection services, IConfiguration configuration)
    {
        if (DataRegistration.Provider(configuration) == DatabaseProvider.Sqlite)
        {
            services.AddHostedService<ExternalChangeWatcher>();
        }
    }

    public IEnumerable<NavEntry> Navigation => [new("/audit", MudBlazor.Icons.Material.Filled.History, "Nav_Audit", 90, Policies.Admin)];
}

using Dashboard.Features.Identity;
using Dashboard.Infrastructure.Modules;

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

    public IEnumerable<NavEntry> Navigation => [new("/audit", MudBlazor.Icons.Material.Filled.History, "Nav_Audit", 90, Policies.Admin)];
}

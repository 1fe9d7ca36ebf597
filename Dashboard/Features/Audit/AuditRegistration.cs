namespace Dashboard.Features.Audit;

public static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<AuditLog>();
        services.AddScoped<UserDb>();
        return services;
    }
}

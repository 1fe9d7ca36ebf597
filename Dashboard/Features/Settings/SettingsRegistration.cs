namespace Dashboard.Features.Settings;

public static class SettingsRegistration
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddScoped<SettingsCommands>();
        return services;
    }
}

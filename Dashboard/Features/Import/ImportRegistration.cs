namespace Dashboard.Features.Import;

public static class ImportRegistration
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddSingleton<ImportService>();
        return services;
    }
}

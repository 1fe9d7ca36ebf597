using Dashboard.Infrastructure.Data;

namespace Dashboard.Infrastructure.Live;

/// <summary>How changes made outside this process reach its live pages: per provider, one way each.</summary>
public static class LiveRegistration
{
    /// <summary>PostgreSQL, in every process (web and verbs): commits are announced with NOTIFY.</summary>
    public static IServiceCollection AddPostgreSqlChangeFeed(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(new PostgreSqlChangeFeed(connectionString));
        services.AddSingleton<IChangePublisher, PostgreSqlChangePublisher>();
        return services;
    }

    /// <summary>
    /// The web server only: on PostgreSQL a dedicated connection LISTENs for the other nodes' and processes' notices. (On
    /// SQLite, one file and no server to tell us, the audit feature polls its trail for a verb's writes.)
    /// </summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        if (DataRegistration.Provider(configuration) == DatabaseProvider.PostgreSQL)
        {
            services.AddHostedService<PostgreSqlChangeListener>();
        }
        return services;
    }
}

namespace Dashboard.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>SMTP when Mail:Smtp:Host is set, otherwise the pickup folder beside the database.</summary>
    public static IServiceCollection AddDashboardMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = MailOptions.Read(configuration);
        services.AddSingleton(options);
        if (options.UsesSmtp)
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, PickupFolderMailSender>();
        }
        return services;
    }
}

using MailKit.Security;
using Dashboard.Infrastructure.Data;

namespace Dashboard.Infrastructure.Mail;

public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>
/// Mail configuration. With no Mail:Smtp:Host, messages go to a pickup folder of .eml files beside the database
/// (SPEC §6: a fresh machine needs nothing installed); with a host, through SMTP.
/// </summary>
public sealed record MailOptions(
    string? SmtpHost,
    int SmtpPort,
    SmtpSecurity Security,
    string? User,
    string? Password,
    string From,
    string PickupFolder)
{
    public const string DefaultFrom = "Bảng điều khiển Quy chế phối hợp <digest@localhost>";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    public SecureSocketOptions SocketOptions => Security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    public static MailOptions Read(IConfiguration c)
    {
        var security = c.GetValue("Mail:Smtp:Security", SmtpSecurity.None);
        return new MailOptions(
            c["Mail:Smtp:Host"],
            c.GetValue("Mail:Smtp:Port", security == SmtpSecurity.SslOnConnect ? 465 : security == SmtpSecurity.StartTls ? 587 : 25),
            security,
            c["Mail:Smtp:User"],
            c["Mail:Smtp:Password"],
            c["Mail:Smtp:From"] ?? DefaultFrom,
            c["Mail:PickupFolder"] ?? Path.Combine(DataRegistration.DataDirectory(c), "mail-pickup"));
    }
}

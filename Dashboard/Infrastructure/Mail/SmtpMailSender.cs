using MailKit.Net.Smtp;
using MimeKit;

namespace Dashboard.Infrastructure.Mail;

/// <summary>SMTP through MailKit: one connection per message, so a dropped connection never leaves a message half-known.</summary>
public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        using var client = new SmtpClient { Timeout = 60_000 };
        await client.ConnectAsync(options.SmtpHost ?? "localhost", options.SmtpPort, options.SocketOptions, ct);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", ct);
        }
        await client.SendAsync(message, ct);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The server has accepted the message; a failed goodbye must not make it look unsent (and be sent again).
        }
    }
}

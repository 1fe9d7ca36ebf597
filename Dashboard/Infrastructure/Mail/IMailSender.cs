using MimeKit;

namespace Dashboard.Infrastructure.Mail;

/// <summary>Hands a message to the mail system; returns once it has been accepted, throws when it was not.</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct = default);
}

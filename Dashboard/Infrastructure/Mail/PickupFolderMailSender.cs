using MimeKit;

namespace Dashboard.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file; a file appears whole or not at all (written aside, then renamed).</summary>
public sealed class PickupFolderMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(options.PickupFolder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";
        var partial = Path.Combine(options.PickupFolder, name + ".tmp");
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(file, ct);
        }
        File.Move(partial, Path.Combine(options.PickupFolder, name + ".eml"));
    }
}

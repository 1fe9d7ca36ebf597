using Dashboard.Features.Digests;
using MimeKit;

namespace Dashboard.Tests.Features.Digests;

public sealed class PickupFolderTests
{
    [Fact]
    public async Task Deliver_WritesAnEmlFileBesideTheDatabase_WhenNoSmtpHostIsConfigured()
    {
        await using var h = await DigestHarness.CreateAsync(figures: new StubFigures());
        await h.AddRecipientAsync("lanhdao@vnpt.test");
        var run = await h.Runs.FindOrBuildAsync("QCPH-2023", new IsoWeek(2026, 47), DigestScope.Leadership);

        await h.Sender.DeliverAsync(run);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(h.Db.Folder, "mail-pickup")));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("[QCPH-2023] Bản tin tuần 2026-W47 (16/11/2026 – 22/11/2026)", message.Subject);
        Assert.Single(message.Attachments);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await h.DeliveriesAsync()).Status);
    }
}

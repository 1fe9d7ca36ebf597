using ClosedXML.Excel;
using Dashboard.Features.Digests;
using Dashboard.Tests.TestInfrastructure;
using MimeKit;

namespace Dashboard.Tests.Features.Digests;

public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2026, 47);
    private readonly TestSmtpServer _smtp = new();
    private DigestHarness _h = null!;

    public async Task InitializeAsync() => _h = await DigestHarness.CreateAsync(
        new Dictionary<string, string?> { ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        new StubFigures());

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Deliver_SendsTheWorkbookBySmtp_WithAVietnameseSubjectThatDecodes()
    {
        await _h.AddRecipientAsync("lanhdao@vnpt.test", name: "Nguyễn Văn Đức");
        var run = await _h.Runs.FindOrBuildAsync("QCPH-2023", Week, DigestScope.Leadership);

        var outcome = await _h.Sender.DeliverAsync(run);

        Assert.Equal(1, outcome.Sent);
        var message = Assert.Single(_smtp.Received);
        Assert.Equal("[QCPH-2023] Bản tin tuần 2026-W47 (16/11/2026 – 22/11/2026)", message.Subject);
        Assert.Equal("lanhdao@vnpt.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("Nguyễn Văn Đức", message.To.Mailboxes.Single().Name);
        Assert.Contains("Kính gửi Nguyễn Văn Đức,", message.TextBody);
        Assert.Contains("Yêu cầu đang mở: 3", message.TextBody);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("digest-QCPH-2023-2026-W47-leadership-vi.xlsx", attachment.FileName);
        Assert.Equal(DigestMessage.XlsxType, attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        content.Position = 0;
        using var workbook = new XLWorkbook(content);
        Assert.Equal("Tổng hợp", workbook.Worksheets.First().Name);
        var delivery = Assert.Single(await _h.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.NotNull(delivery.SentAt);
    }

    [Fact]
    public async Task Deliver_WritesEnglish_ForAnEnglishRecipient()
    {
        await _h.AddRecipientAsync("partner@vnpt.test", language: "en", name: "Jane Doe");
        var run = await _h.Runs.FindOrBuildAsync("QCPH-2023", Week, DigestScope.Leadership);

        await _h.Sender.DeliverAsync(run);

        var message = Assert.Single(_smtp.Received);
        Assert.Equal("[QCPH-2023] Weekly digest 2026-W47 (16/11/2026 – 22/11/2026)", message.Subject);
        Assert.Contains("Open requests: 3", message.TextBody);
        Assert.EndsWith("-en.xlsx", message.Attachments.OfType<MimePart>().Single().FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_SendsEveryRecipientExactlyOneMessage_AcrossAnSmtpFailure()
    {
        string[] addresses = ["a@vnpt.test", "b@vnpt.test", "c@ca.test"];
        foreach (var a in addresses)
        {
            await _h.AddRecipientAsync(a);
        }
        var run = await _h.Runs.FindOrBuildAsync("QCPH-2023", Week, DigestScope.Leadership);

        _smtp.Refuse = true;
        var failure = await Assert.ThrowsAsync<DigestDeliveryException>(() => _h.Sender.DeliverAsync(run));
        Assert.Contains("3 failed", failure.Message);
        var failed = await _h.DeliveriesAsync();
        Assert.All(failed, d => Assert.Equal((DeliveryStatus.Failed, 1), (d.Status, d.Attempts)));
        Assert.All(failed, d => Assert.Contains("try later", d.LastError));

        _smtp.Refuse = false;
        var retry = await _h.Sender.DeliverAsync(run);
        var again = await _h.Sender.DeliverAsync(run);

        Assert.Equal((3, 0), (retry.Sent, retry.AlreadySent));
        Assert.Equal((0, 3), (again.Sent, again.AlreadySent));
        Assert.Equal(addresses, _smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(await _h.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Sent, 2, null), (d.Status, d.Attempts, d.LastError)));
    }

    [Fact]
    public async Task Deliver_SendsOnce_WhenTwoWorkersRunTheSameRunTogether()
    {
        for (var i = 0; i < 6; i++)
        {
            await _h.AddRecipientAsync($"r{i}@vnpt.test");
        }
        var run = await _h.Runs.FindOrBuildAsync("QCPH-2023", Week, DigestScope.Leadership);

        var both = await Task.WhenAll(Attempt(), Attempt());
        await _h.Sender.DeliverAsync(run);

        Assert.Equal(6, _smtp.Received.Count);
        Assert.Equal(6, _smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.True(both.Sum() <= 6);

        async Task<int> Attempt()
        {
            try
            {
                return (await _h.Sender.DeliverAsync(run)).Sent;
            }
            catch (DigestDeliveryException)
            {
                return 0;
            }
        }
    }

    [Fact]
    public async Task Deliver_TakesUpAKilledSendersWork_OnlyAfterItsClaimLapses()
    {
        await _h.AddRecipientAsync("a@vnpt.test");
        var run = await _h.Runs.FindOrBuildAsync("QCPH-2023", Week, DigestScope.Leadership);
        await Assert.ThrowsAsync<DigestDeliveryException>(async () =>
        {
            _smtp.Refuse = true;
            await _h.Sender.DeliverAsync(run);
        });
        _smtp.Refuse = false;
        // A sender claimed the delivery and was killed before it could say how it went.
        await using (var db = _h.Db.CreateDbContext())
        {
            var d = db.DigestDeliveries.Single();
            d.ClaimedUntil = _h.Time.GetUtcNow().UtcDateTime + DigestSender.ClaimFor;
            db.AuditEachChange = false;
            await db.SaveChangesAsync();
        }

        var held = await Assert.ThrowsAsync<DigestDeliveryException>(() => _h.Sender.DeliverAsync(run));
        Assert.Contains("held by another sender", held.Message);
        Assert.Empty(_smtp.Received);

        _h.Time.Advance(DigestSender.ClaimFor + TimeSpan.FromSeconds(1));
        var resumed = await _h.Sender.DeliverAsync(run);
        Assert.Equal(1, resumed.Sent);
        Assert.Single(_smtp.Received);
    }

    [Fact]
    public async Task SendWeek_BuildsOneRunPerScope_AndReusesThem()
    {
        await _h.AddRecipientAsync("lead@vnpt.test", DigestScope.Leadership);
        await _h.AddRecipientAsync("coord@vnpt.test", DigestScope.Coordinator);

        await _h.Jobs.SendWeekAsync("qcph-2023", "2026-W47", CancellationToken.None);
        await _h.Jobs.SendWeekAsync("QCPH-2023", "2026-W47", CancellationToken.None);

        await using var db = _h.Db.CreateDbContext();
        Assert.Equal(2, db.DigestRuns.Count());
        Assert.Equal(2, _smtp.Received.Count);
        var coordinator = _smtp.Received.Single(m => m.To.Mailboxes.Single().Address == "coord@vnpt.test");
        Assert.EndsWith("-coordinator-vi.xlsx", coordinator.Attachments.OfType<MimePart>().Single().FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_SkipsDeactivatedRecipients_AndUsesACorrectedAddressOnRetry()
    {
        var wrong = await _h.AddRecipientAsync("sai@@vnpt", DigestScope.Leadership);
        var gone = await _h.AddRecipientAsync("nghi@vnpt.test", DigestScope.Leadership);
        var run = await _h.Runs.FindOrBuildAsync("QCPH-2023", Week, DigestScope.Leadership);
        await using (var db = _h.Db.CreateDbContext())
        {
            db.DigestRecipients.Single(r => r.Id == gone.Id).IsActive = false;
            await db.SaveChangesAsync();
        }
        await Assert.ThrowsAnyAsync<Exception>(() => _h.Sender.DeliverAsync(run));
        await using (var db = _h.Db.CreateDbContext())
        {
            db.DigestRecipients.Single(r => r.Id == wrong.Id).Email = "dung@vnpt.test";
            await db.SaveChangesAsync();
        }

        await _h.Sender.DeliverAsync(run);

        Assert.Equal(["dung@vnpt.test"], _smtp.Received.Select(m => m.To.Mailboxes.Single().Address));
    }
}

using Dashboard.Features.Digests;

namespace Dashboard.Tests.Features.Digests;

public sealed class DigestKeyFiguresTests
{
    private static readonly DigestRecipientAddress To = new("lanhdao@vnpt.test", "Nguyễn Văn Đức");
    private static readonly DateTime AsOfUtc = new(2026, 11, 22, 17, 0, 0, DateTimeKind.Utc);

    private static DigestKeyFigures Sample => new(SampleDigest.Figures(3, 7, 0.75), SampleDigest.Figures(5, 4, 0.5), SampleDigest.Figures(30, 45, 0.9286));

    private static string Body(DigestKeyFigures figures) =>
        DigestMessage.Body(To, "QCPH-2023", SampleDigest.Week, AsOfUtc, figures, SampleDigest.Text("vi"));

    /// <summary>The JSON a run kept before digests held the figures' own records: each week flat.</summary>
    private static string Flat(int open, int received, double onTime) =>
        $$"""{"RequestsOpen":{{open}},"RequestsOverdue":1,"RequestsDueWithin24h":0,"RequestsReceived":{{received}},"RequestsAnswered":4,"RequestsAnsweredOnTime":3,"OnTimeRate":{{onTime.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"TurnaroundHoursMedian":30.5,"TurnaroundHoursP90":70.25,"Verifications":1520,"IncidentsOccurred":6,"IncidentsResolved":5,"ResolutionRate":0.8333,"MeanHoursToResolve":52.1,"IncidentsOpen":2,"OutageMinutes":12345,"SubscribersAffected":5400,"DamageVnd":123456789,"Candidates":[]}""";

    [Fact]
    public void Parse_GivesBackTheMailBody_OfTheFiguresARunKept()
    {
        var body = Body(DigestKeyFigures.Parse(Sample.ToJson()));

        Assert.Equal(Body(Sample), body);
        Assert.Contains("- Yêu cầu đang mở: 3 (", body);
    }

    [Fact]
    public void Parse_ReadsARunKeptBeforeTheFiguresOwnRecords_AsTheSameMailBody()
    {
        var stored = $$"""{"ThisWeek":{{Flat(3, 7, 0.75)}},"PreviousWeek":{{Flat(5, 4, 0.5)}},"ToDate":{{Flat(30, 45, 0.9286)}}}""";

        Assert.Equal(Body(Sample), Body(DigestKeyFigures.Parse(stored)));
    }
}

using Dashboard.Features.Digests;
using Dashboard.Features.Heatmaps;
using Dashboard.Features.Incidents;
using Dashboard.Features.Kpis;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Tests.Features.Digests;

/// <summary>A digest's content made by hand, with user text that tries to become a formula, and the app's strings.</summary>
internal static class SampleDigest
{
    public const string FormulaSubject = "=HYPERLINK(\"http://x\",\"y\")";
    public const string SecretReference = "125/CV-PA05";
    public const string SecretSubject = "Tra cứu thuê bao nghi vấn lừa đảo";
    public const string SecretCaseRef = "VA-77/2026";
    public const string SecretSummary = "Cắt trộm 300 m cáp quang tuyến Đồng Văn";

    public static readonly IsoWeek Week = new(2026, 47);

    public static IStringLocalizer<SharedResource> Strings { get; } = new ServiceCollection()
        .AddLogging()
        .AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<SharedResource>>();

    public static DigestText Text(string language) => new(Strings, language);

    private static readonly FigureWindow Window = new(1, "QCPH-2023", new(2026, 11, 16), new(2026, 11, 23), new(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(7)), [1]);

    public static Dashboard.Features.Kpis.Kpis Figures(int open, int received, double? onTime, params CommendationCandidate[] candidates) => new(
        Window,
        new RequestFigures(open, 1, 0, received, 4, 3, onTime, 30.5, 70.25),
        new VerificationFigures(1520, new Dictionary<VerificationKind, long> { [VerificationKind.SubscriberIdentity] = 1520 }),
        new IncidentFigures(6, 5, 0.8333, 52.1, 2, 12345, 5400, 123_456_789,
            new Dictionary<IncidentKind, int> { [IncidentKind.CableTheft] = 6 }, new Dictionary<IncidentSeverity, int> { [IncidentSeverity.High] = 6 },
            new Dictionary<string, int> { ["002"] = 6 }),
        candidates);

    public static DigestContent Content(DigestScope scope) => new(
        "QCPH-2023",
        "Quy chế phối hợp 2023–2027",
        Week,
        scope,
        new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(7)),
        Figures(3, 7, 0.75),
        Figures(5, 4, 0.5),
        Figures(3, 45, 0.9286, new CommendationCandidate("T01", "Nguyễn Thị Hà", Agency.Telecom, 83.5m, new CommendationBreakdown(5, 1, 290, 1, 0, 0))),
        new Heatmap(Window, HeatmapShape.AreaByWeek, ["001", "002"], ["2026-W46", "2026-W47"], [[1, 2], [0, 3]]),
        new Dictionary<string, string> { ["001"] = "Thành phố Hà Giang", ["002"] = "Đồng Văn" },
        [
            new DigestRequestRow(SecretReference, SecretSubject, RequestPriority.Urgent, "PA05", "Lê Văn Nam",
                new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 21, 1, 0, 0, DateTimeKind.Utc)),
            new DigestRequestRow("126/CV-PA05", FormulaSubject, RequestPriority.Normal, "PA05", null,
                new DateTime(2026, 11, 21, 1, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc)),
        ],
        [
            new DigestIncidentRow("VV-2026-0042", new DateTime(2026, 11, 18, 3, 0, 0, DateTimeKind.Utc), "002", "Đồng Văn",
                IncidentKind.CableTheft, IncidentSeverity.High, IncidentStatus.Investigating, 120, 300, 15_000_000, SecretCaseRef, SecretSummary),
        ]);
}

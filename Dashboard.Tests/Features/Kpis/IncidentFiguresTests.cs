using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;

namespace Dashboard.Tests.Features.Kpis;

public class IncidentFiguresTests : FiguresFixture
{
    private static readonly DateOnly March = new(2024, 3, 1);
    private static readonly DateOnly April = new(2024, 4, 1);

    [Fact]
    public async Task Occurred_Resolved_AndSums_CountTheWindowUpToAsOf()
    {
        var asOf = Local(2024, 3, 20, 12, 0);
        var occurred = Local(2024, 3, 10, 8, 0);
        await Data.IncidentAsync(occurred, "024", IncidentKind.CableTheft, IncidentSeverity.Critical, resolved: occurred.AddHours(10),
            outageMinutes: 120, subscribers: 300, damageVnd: 5_000_000);
        await Data.IncidentAsync(occurred, "027", IncidentKind.CableTheft, IncidentSeverity.Low, resolved: occurred.AddHours(21),
            outageMinutes: 30, subscribers: 10, damageVnd: 1_000_000);
        await Data.IncidentAsync(occurred, "027", IncidentKind.Arson, IncidentSeverity.Low, resolved: asOf.AddSeconds(1)); // resolved after asOf
        await Data.IncidentAsync(occurred, "027", IncidentKind.Arson, IncidentSeverity.Low, closed: occurred.AddHours(1));  // closed, not resolved
        await Data.IncidentAsync(asOf.AddSeconds(1), "030");                                                                 // after asOf
        await Data.IncidentAsync(Local(2024, 2, 29, 23, 59), "030");                                                         // before the window

        var i = (await Figures.ComputeAsync(Query(March, April, asOf))).Incidents;

        Assert.Equal(4, i.Occurred);
        Assert.Equal(2, i.Resolved);
        Assert.Equal(0.5, i.ResolutionRate);
        Assert.Equal(15.5, i.MeanHoursToResolve!.Value, 9);
        Assert.Equal((150L, 310L, 6_000_000L), (i.OutageMinutes, i.SubscribersAffected, i.DamageVnd));
        Assert.Equal(new Dictionary<IncidentKind, int> { [IncidentKind.CableTheft] = 2, [IncidentKind.Arson] = 2 }, i.ByKind);
        Assert.Equal(new Dictionary<IncidentSeverity, int> { [IncidentSeverity.Low] = 3, [IncidentSeverity.Critical] = 1 }, i.BySeverity);
        Assert.Equal(new Dictionary<string, int> { ["024"] = 1, ["027"] = 3 }, i.ByArea);
        Assert.Equal([IncidentSeverity.Low, IncidentSeverity.Critical], i.BySeverity.Keys);
    }

    [Fact]
    public async Task Rates_AreNull_WhenNothingOccurred()
    {
        var i = (await Figures.ComputeAsync(Query(March, April, Local(2024, 5, 1)))).Incidents;

        Assert.Equal(0, i.Occurred);
        Assert.Null(i.ResolutionRate);
        Assert.Null(i.MeanHoursToResolve);
        Assert.Empty(i.ByKind);
        Assert.Empty(i.ByArea);
    }

    [Fact]
    public async Task Open_IsTheStateAtAsOf_NotWindowed()
    {
        var asOf = Local(2024, 3, 20, 12, 0);
        await Data.IncidentAsync(Local(2023, 12, 1));                                            // long before the window, still open
        await Data.IncidentAsync(Local(2024, 3, 1), closed: asOf.AddSeconds(1));                  // closed after asOf: open
        await Data.IncidentAsync(Local(2024, 3, 1), resolved: asOf.AddHours(1));                  // resolved after asOf: open
        await Data.IncidentAsync(Local(2024, 3, 1), resolved: asOf);                              // resolved at asOf: not open
        await Data.IncidentAsync(Local(2024, 3, 1), closed: asOf);                                // closed at asOf: not open
        await Data.IncidentAsync(asOf.AddSeconds(1));                                             // not occurred yet

        var i = (await Figures.ComputeAsync(Query(March, April, asOf))).Incidents;

        Assert.Equal(3, i.Open);
    }

    [Fact]
    public async Task Verifications_SumCount_PerKind_InTheWindowUpToAsOf()
    {
        var asOf = Local(2024, 3, 20, 12, 0);
        var request = await Data.RequestAsync(Local(2024, 2, 20), Local(2024, 2, 27));
        await Data.VerificationAsync(request, VerificationKind.CallRecords, 5, Local(2024, 3, 1, 0, 30));
        await Data.VerificationAsync(request, VerificationKind.CallRecords, 2, asOf);
        await Data.VerificationAsync(request, VerificationKind.SubscriberIdentity, 7, Local(2024, 3, 19));
        await Data.VerificationAsync(request, VerificationKind.SubscriberIdentity, 100, asOf.AddSeconds(1));
        await Data.VerificationAsync(request, VerificationKind.CellLocation, 100, Local(2024, 2, 29, 23, 59));

        var v = (await Figures.ComputeAsync(Query(March, April, asOf))).Verifications;

        Assert.Equal(14, v.Total);
        Assert.Equal(new Dictionary<VerificationKind, long> { [VerificationKind.SubscriberIdentity] = 7, [VerificationKind.CallRecords] = 7 }, v.ByKind);
        Assert.Equal([VerificationKind.SubscriberIdentity, VerificationKind.CallRecords], v.ByKind.Keys);
    }
}

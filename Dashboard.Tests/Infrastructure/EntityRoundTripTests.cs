using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Audit;
using Dashboard.Features.Commendations;
using Dashboard.Features.Digests;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Features.Settings;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Infrastructure;

public sealed class EntityRoundTripTests
{
    private static readonly DateTime Received = new(2024, 2, 29, 17, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task EveryEntity_ReadsBackAsWritten_ThroughTheMigratedFile()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var w = db.CreateDbContext())
        {
            var agreement = await w.Agreements.SingleAsync(a => a.Code == "QCPH-2023");
            var area = await w.Areas.SingleAsync(a => a.Code == "030");
            var police = new Unit { Code = "PA05", Name = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", Agency = Agency.Police };
            var telecom = new Unit { Code = "VTHG-KT", Name = "Phòng Kỹ thuật – Viễn thông Hà Giang", Agency = Agency.Telecom };
            var officer = new Person { Code = "P01", FullName = "Giàng A Páo", Title = "Đại úy", Unit = police };
            var engineer = new Person { Code = "T01", FullName = "Nguyễn Thị Hà", Title = "Kỹ sư", Unit = telecom };
            var request = new InformationRequest
            {
                Agreement = agreement, ReferenceNo = "125/CV-PA05", RequestingUnit = police, RequestedBy = officer,
                Subject = "=HYPERLINK(\"http://x\",\"y\") xác minh thuê bao", Priority = RequestPriority.Urgent,
                ReceivedAt = Received, DueAt = Received + InformationRequest.DefaultTimeAllowed(RequestPriority.Urgent), AssignedTo = engineer,
            };
            request.ChangeStatus(RequestStatus.Answered, Received.AddHours(20));
            request.Verifications.Add(new Verification { AgreementId = agreement.Id, Kind = VerificationKind.CellLocation, Count = 46, PerformedBy = engineer, PerformedAt = Received.AddHours(3) });
            var incident = new Incident
            {
                Agreement = agreement, Code = "SC-2024-0001", Kind = IncidentKind.CableTheft, Area = area, Latitude = 22.85, Longitude = 104.98,
                OccurredAt = Received, ReportedAt = Received.AddHours(1), Severity = IncidentSeverity.Critical, OutageMinutes = 340,
                SubscribersAffected = 5400, DamageVnd = 123_456_789, LeadOfficer = officer, TelecomContact = engineer, CaseRef = "VV-12/2024", Summary = "Cắt trộm 300 m cáp quang",
            };
            incident.ChangeStatus(IncidentStatus.Resolved, Received.AddDays(2));
            w.AddRange(request, incident,
                new Commendation { Person = officer, Agreement = agreement, AwardedOn = new DateOnly(2024, 12, 20), Level = "Giấy khen", AwardingBody = "Giám đốc Công an tỉnh", Reason = "Thành tích xuất sắc" },
                new DigestRecipient { Email = "lanhdao@vnpt.example", DisplayName = "Lãnh đạo Viễn thông", Language = "vi", Scope = DigestScope.Leadership },
                new Setting { Key = "Commendations.Threshold", Value = "40" });
            await w.SaveChangesAsync();
        }

        await using var r = db.CreateDbContext();
        var back = await r.Requests.Include(x => x.Verifications).Include(x => x.AssignedTo).SingleAsync();
        Assert.Equal("125/CV-PA05", back.ReferenceNo);
        Assert.StartsWith("=HYPERLINK", back.Subject, StringComparison.Ordinal);
        Assert.Equal(Received, back.ReceivedAt);
        Assert.Equal(Received.AddHours(24), back.DueAt);
        Assert.Equal(RequestStatus.Answered, back.Status);
        Assert.Equal(back.ClosedAt, back.AnsweredAt);
        Assert.Equal("Nguyễn Thị Hà", back.AssignedTo!.FullName);
        Assert.Equal(46, Assert.Single(back.Verifications).Count);
        var inc = await r.Incidents.Include(x => x.Area).SingleAsync();
        Assert.Equal(("Vị Xuyên", 123_456_789L, IncidentSeverity.Critical, 22.85), (inc.Area!.Name, inc.DamageVnd, inc.Severity, inc.Latitude!.Value));
        Assert.Equal(Received.AddDays(2), inc.ResolvedAt);
        Assert.Null(inc.ClosedAt);
        Assert.Equal(new DateOnly(2024, 12, 20), (await r.Commendations.SingleAsync()).AwardedOn);
        Assert.Equal(DigestScope.Leadership, (await r.DigestRecipients.SingleAsync()).Scope);
        Assert.Equal("40", (await r.Settings.SingleAsync()).Value);
        Assert.True(await r.AuditEntries.CountAsync() >= 9);
    }

    [Fact]
    public async Task Verification_RefusesACountBelowOne()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var w = db.CreateDbContext();
        var police = new Unit { Code = "PA05", Name = "PA05", Agency = Agency.Police };
        var request = new InformationRequest { AgreementId = 2, ReferenceNo = "1/CV", RequestingUnit = police, Subject = "x", ReceivedAt = Received, DueAt = Received };
        request.Verifications.Add(new Verification { AgreementId = 2, Kind = VerificationKind.Other, Count = 0, PerformedAt = Received });
        w.Add(request);

        await Assert.ThrowsAsync<DbUpdateException>(() => w.SaveChangesAsync());
    }
}

using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>Small builders for crafted figure data, inserted with EF into a <see cref="TestDatabase"/> (or any database). Times are given in local time.</summary>
public sealed class FigureData(IDbContextFactory<DashboardDbContext> db)
{
    public const string Agreement2012 = "QCPH-2012";
    public const string Agreement2023 = "QCPH-2023";

    private readonly Dictionary<Agency, int> _units = [];
    private int _sequence;

    /// <summary>A local (Asia/Ho_Chi_Minh) wall-clock time as the UTC instant that is stored.</summary>
    public static DateTime Local(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        LocalClock.ToUtc(new DateTime(year, month, day, hour, minute, second));

    public async Task<Person> PersonAsync(string code, string fullName, Agency agency = Agency.Telecom)
    {
        var person = new Person { Code = code, FullName = fullName, UnitId = await UnitAsync(agency) };
        await SaveAsync(person);
        return person;
    }

    public async Task<InformationRequest> RequestAsync(
        DateTime received, DateTime due, DateTime? answered = null, DateTime? closed = null, Person? assignee = null, string agreement = Agreement2023)
    {
        var request = new InformationRequest
        {
            AgreementId = await AgreementIdAsync(agreement),
            ReferenceNo = $"{Next()}/CV-PA05",
            RequestingUnitId = await UnitAsync(Agency.Police),
            Subject = "Tra cứu thông tin thuê bao",
            ReceivedAt = received,
            DueAt = due,
            AssignedToId = assignee?.Id,
            Status = answered is not null ? RequestStatus.Answered : closed is not null ? RequestStatus.Rejected : RequestStatus.InProgress,
            AnsweredAt = answered,
            ClosedAt = closed ?? answered,
        };
        await SaveAsync(request);
        return request;
    }

    public async Task VerificationAsync(InformationRequest request, VerificationKind kind, int count, DateTime performed, Person? by = null) =>
        await SaveAsync(new Verification
        {
            RequestId = request.Id, AgreementId = request.AgreementId, Kind = kind, Count = count, PerformedAt = performed, PerformedById = by?.Id,
        });

    public async Task<Incident> IncidentAsync(
        DateTime occurred, string area = "024", IncidentKind kind = IncidentKind.CableCut, IncidentSeverity severity = IncidentSeverity.Medium,
        DateTime? resolved = null, DateTime? closed = null, Person? lead = null, Person? contact = null,
        int outageMinutes = 0, int subscribers = 0, long damageVnd = 0, string agreement = Agreement2023)
    {
        await using var context = db.CreateDbContext();
        var incident = new Incident
        {
            AgreementId = await AgreementIdAsync(agreement),
            Code = $"VV-{Next()}",
            Kind = kind,
            AreaId = await context.Areas.Where(a => a.Code == area).Select(a => a.Id).SingleAsync(),
            OccurredAt = occurred,
            ReportedAt = occurred,
            Severity = severity,
            Status = resolved is not null ? IncidentStatus.Resolved : closed is not null ? IncidentStatus.Closed : IncidentStatus.Investigating,
            ResolvedAt = resolved,
            ClosedAt = closed,
            LeadOfficerId = lead?.Id,
            TelecomContactId = contact?.Id,
            OutageMinutes = outageMinutes,
            SubscribersAffected = subscribers,
            DamageVnd = damageVnd,
        };
        context.Add(incident);
        await context.SaveChangesAsync();
        return incident;
    }

    public async Task CommendationAsync(Person person, DateOnly awardedOn, string agreement = Agreement2023) =>
        await SaveAsync(new Commendation { PersonId = person.Id, AgreementId = await AgreementIdAsync(agreement), AwardedOn = awardedOn, Level = "Giấy khen" });

    public async Task<int> AgreementIdAsync(string code)
    {
        await using var context = db.CreateDbContext();
        return await context.Agreements.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private async Task<int> UnitAsync(Agency agency)
    {
        if (!_units.TryGetValue(agency, out var id))
        {
            var unit = new Unit { Code = agency == Agency.Police ? "PA05" : "VNPT-HG", Name = agency.ToString(), Agency = agency };
            await SaveAsync(unit);
            _units[agency] = id = unit.Id;
        }
        return id;
    }

    private int Next() => ++_sequence;

    private async Task SaveAsync(object entity)
    {
        await using DashboardDbContext context = db.CreateDbContext();
        context.Add(entity);
        await context.SaveChangesAsync();
    }
}

using Dashboard.Features.Areas;
using Dashboard.Features.People;
using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Incidents;

/// <summary>Every fault of an incident form, in the user's language; fills in the default agreement.</summary>
internal sealed class IncidentValidation(DashboardDbContext db, IStringLocalizer l, DateTime nowUtc)
{
    /// <summary>A report typed a few minutes ahead of the server clock is not "in the future".</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly List<string> _errors = [];

    public async Task<List<string>> ValidateAsync(IncidentForm f, CancellationToken ct)
    {
        await CodeAsync(f, ct);
        if (f.Kind is null)
        {
            _errors.Add(l["Val_Required", l["Inc_Field_Kind"]]);
        }
        MaxLength(f.CaseRef, "Inc_Field_CaseRef", 100);
        MaxLength(f.Summary, "Inc_Field_Summary", 2000);
        NotNegative(f.OutageMinutes, "Inc_Field_Outage");
        NotNegative(f.SubscribersAffected, "Inc_Field_Subscribers");
        NotNegative(f.DamageVnd, "Inc_Field_Damage");
        Coordinates(f.Latitude, f.Longitude);
        await PeopleAsync(f, ct);
        var reportedUtc = f.ReportedAt is { } reported ? LocalClock.ToUtc(reported) : nowUtc;
        if (reportedUtc > nowUtc + ClockSkew)
        {
            _errors.Add(l["Val_InFuture", l["Inc_Reported"]]);
        }
        if (f.OccurredAt is not { } occurredLocal)
        {
            _errors.Add(l["Val_Required", l["Inc_Field_OccurredAt"]]);
            if (f.AreaId is null)
            {
                _errors.Add(l["Val_Required", l["Inc_Field_Area"]]);
            }
            return _errors;
        }
        if (LocalClock.ToUtc(occurredLocal) > reportedUtc)
        {
            _errors.Add(l["Inc_Val_OccurredAfterReported"]);
        }
        var day = DateOnly.FromDateTime(occurredLocal);
        await AreaAsync(f.AreaId, day, ct);
        await AgreementAsync(f, day, ct);
        return _errors;
    }

    private async Task CodeAsync(IncidentForm f, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(f.Code))
        {
            _errors.Add(l["Val_Required", l["Inc_Field_Code"]]);
            return;
        }
        var code = f.Code.Trim();
        if (code.Length > 60)
        {
            _errors.Add(l["Val_TooLong", l["Inc_Code"], 60]);
        }
        else if (await db.Incidents.AnyAsync(i => i.Code == code && i.Id != f.Id, ct))
        {
            _errors.Add(l["Inc_Val_CodeTaken", code]);
        }
    }

    private async Task AreaAsync(int? areaId, DateOnly occurredOn, CancellationToken ct)
    {
        if (areaId is null)
        {
            _errors.Add(l["Val_Required", l["Inc_Field_Area"]]);
            return;
        }
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == areaId)
            .Select(a => new AreaChoice(a.Id, a.Code, a.Name, a.Level, a.ValidFrom, a.ValidTo)).SingleOrDefaultAsync(ct);
        if (area is null)
        {
            _errors.Add(l["Inc_Val_AreaUnknown"]);
        }
        else if (!area.ExistsOn(occurredOn))
        {
            // Retired areas stay valid for what happened while they existed.
            _errors.Add(l["Inc_Val_AreaNotInForce", $"{area.Name} ({area.Code})", Fmt.Date(occurredOn)]);
        }
    }

    private async Task AgreementAsync(IncidentForm f, DateOnly day, CancellationToken ct)
    {
        var agreement = await AgreementInForce.CheckAsync(db, l, f.AgreementId, day, "Inc_Val_OutsideAgreement", _errors, ct);
        f.AgreementId ??= agreement?.Id;
    }

    private async Task PeopleAsync(IncidentForm f, CancellationToken ct)
    {
        if (f.LeadOfficerId is { } lead && !await db.People.AnyAsync(p => p.Id == lead && p.Unit!.Agency == Agency.Police, ct))
        {
            _errors.Add(l["Inc_Val_LeadNotPolice"]);
        }
        if (f.TelecomContactId is { } contact && !await db.People.AnyAsync(p => p.Id == contact && p.Unit!.Agency == Agency.Telecom, ct))
        {
            _errors.Add(l["Inc_Val_ContactNotTelecom"]);
        }
    }

    private void Coordinates(double? latitude, double? longitude)
    {
        if (latitude.HasValue != longitude.HasValue)
        {
            _errors.Add(l["Inc_Val_CoordinatesPair"]);
        }
        if (latitude is { } lat && (double.IsNaN(lat) || lat < -90 || lat > 90))
        {
            _errors.Add(l["Inc_Val_Latitude"]);
        }
        if (longitude is { } lng && (double.IsNaN(lng) || lng < -180 || lng > 180))
        {
            _errors.Add(l["Inc_Val_Longitude"]);
        }
    }

    private void NotNegative(long value, string field)
    {
        if (value < 0)
        {
            _errors.Add(l["Inc_Val_NotNegative", l[field]]);
        }
    }

    private void MaxLength(string? value, string field, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            _errors.Add(l["Val_TooLong", l[field], max]);
        }
    }
}

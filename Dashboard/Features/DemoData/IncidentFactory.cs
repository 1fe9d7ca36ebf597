using Dashboard.Features.Incidents;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.DemoData;

/// <summary>A district where incidents happen: some are hit more than others (those along the trunk road, say).</summary>
internal sealed record IncidentPlace(int AreaId, string Name, int Weight, double? Latitude = null, double? Longitude = null);

/// <summary>
/// Incidents with the patterns the people on the ground know: theft at night, cable cuts from landslides in the
/// rainy season (June to September), fewer incidents as the coordination matures.
/// </summary>
internal sealed class IncidentFactory(Random rng, Staff staff, IReadOnlyList<IncidentPlace> places)
{
    private static readonly (IncidentKind, int)[] Kinds =
    [
        (IncidentKind.CableTheft, 30), (IncidentKind.CableCut, 25), (IncidentKind.EquipmentTheft, 10),
        (IncidentKind.RouteEncroachment, 9), (IncidentKind.StationVandalism, 6), (IncidentKind.NetworkMisuse, 6),
        (IncidentKind.SignalInterference, 5), (IncidentKind.Arson, 2), (IncidentKind.Other, 7),
    ];

    private static readonly (IncidentSeverity, int)[] Severities =
        [(IncidentSeverity.Low, 42), (IncidentSeverity.Medium, 38), (IncidentSeverity.High, 16), (IncidentSeverity.Critical, 4)];

    private readonly (IncidentPlace, int)[] _weightedPlaces = [.. places.Select(p => (p, p.Weight))];

    /// <summary>Incidents between two local days (inclusive), ordered by time, with codes numbered per year ("SC-2024-0012").</summary>
    public List<Incident> Create(int count, DateOnly from, DateOnly to, DateTime nowUtc, Func<DateOnly, int> agreementOn, string codePrefix, int codeDigits = 4)
    {
        var list = new List<Incident>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(One(from, to, nowUtc, agreementOn));
        }
        list.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        var year = 0;
        var seq = 0;
        foreach (var incident in list)
        {
            var y = LocalClock.ToLocal(incident.OccurredAt).Year;
            seq = y == year ? seq + 1 : 1;
            year = y;
            incident.Code = $"{codePrefix}-{y}-{seq.ToString(new string('0', codeDigits), System.Globalization.CultureInfo.InvariantCulture)}";
        }
        return list;
    }

    private Incident One(DateOnly from, DateOnly to, DateTime nowUtc, Func<DateOnly, int> agreementOn)
    {
        var kind = rng.Pick(Kinds);
        var day = Day(kind, from, to);
        var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(MinuteOfDay(kind));
        var occurred = LocalClock.ToUtc(local);
        if (occurred > nowUtc)
        {
            occurred = nowUtc.AddMinutes(-rng.Next(30, 600));
            day = LocalClock.LocalDay(occurred);
        }
        var place = rng.Pick(_weightedPlaces);
        var severity = rng.Pick(Severities);
        var silent = kind is IncidentKind.RouteEncroachment or IncidentKind.NetworkMisuse or IncidentKind.SignalInterference;
        var outage = silent ? 0 : severity switch
        {
            IncidentSeverity.Low => rng.Next(0, 60),
            IncidentSeverity.Medium => rng.Next(30, 240),
            IncidentSeverity.High => rng.Next(120, 720),
            _ => rng.Next(360, 2880),
        };
        var subscribers = outage == 0 ? 0 : (int)(outage * (severity switch
        {
            IncidentSeverity.Low => 2,
            IncidentSeverity.Medium => 6,
            IncidentSeverity.High => 10,
            _ => 12,
        }) * (0.5 + rng.NextDouble()));
        // Thieves strike at night; the morning shift finds the outage.
        var reported = occurred.AddMinutes(kind is IncidentKind.CableTheft or IncidentKind.EquipmentTheft ? rng.Next(60, 480) : rng.Next(10, 180));
        var incident = new Incident
        {
            AgreementId = agreementOn(day),
            Code = "",
            Kind = kind,
            AreaId = place.AreaId,
            Latitude = place.Latitude is { } lat && rng.Next(100) < 80 ? Math.Round(Math.Clamp(lat + (rng.NextDouble() - 0.5) * 0.12, 22.1, 23.4), 5) : null,
            Longitude = null,
            OccurredAt = occurred,
            ReportedAt = reported > nowUtc ? nowUtc : reported,
            Severity = severity,
            OutageMinutes = outage,
            SubscribersAffected = subscribers,
            DamageVnd = Damage(kind, severity),
            LeadOfficerId = staff.PickLeadOfficer(rng, place.AreaId).Id,
            TelecomContactId = staff.PickTelecomContact(rng, place.AreaId).Id,
            Summary = Texts.Summary(rng, kind, place.Name, day.Month is >= 6 and <= 9),
        };
        if (incident.Latitude is not null)
        {
            incident.Longitude = Math.Round(Math.Clamp(place.Longitude!.Value + (rng.NextDouble() - 0.5) * 0.12, 104.3, 105.6), 5);
        }
        if (kind is IncidentKind.CableTheft or IncidentKind.EquipmentTheft or IncidentKind.StationVandalism or IncidentKind.Arson && rng.Next(100) < 70)
        {
            incident.CaseRef = $"{rng.Next(1, 400)}/{LocalClock.ToLocal(occurred).Year}/TB";
        }
        Settle(incident, nowUtc);
        return incident;
    }

    private void Settle(Incident incident, DateTime nowUtc)
    {
        var theft = incident.Kind is IncidentKind.CableTheft or IncidentKind.EquipmentTheft or IncidentKind.StationVandalism or IncidentKind.Arson;
        // Repairs take hours; an investigation takes days to weeks, and some thieves are never found.
        var hours = !theft ? rng.Next(2, 96) : rng.Next(100) < 25 ? rng.Next(24 * 30, 24 * 180) : rng.Next(24, 24 * 45);
        var end = incident.OccurredAt.AddHours(hours).AddMinutes(rng.Next(60));
        if (end > nowUtc)
        {
            incident.ChangeStatus(incident.ReportedAt.AddHours(2) <= nowUtc ? IncidentStatus.Investigating : IncidentStatus.Reported, nowUtc);
            return;
        }
        incident.ChangeStatus(rng.Next(100) < (theft ? 62 : 90) ? IncidentStatus.Resolved : IncidentStatus.Closed, end);
    }

    private DateOnly Day(IncidentKind kind, DateOnly from, DateOnly to)
    {
        var span = to.DayNumber - from.DayNumber + 1;
        while (true)
        {
            var day = from.AddDays(rng.Next(span));
            // Fewer incidents as the years go by; three times the cable cuts in the rainy season.
            var weight = (1.0 - 0.4 * (day.DayNumber - from.DayNumber) / span) * (kind == IncidentKind.CableCut && day.Month is >= 6 and <= 9 ? 3 : 1);
            if (rng.NextDouble() * 3 < weight)
            {
                return day;
            }
        }
    }

    private int MinuteOfDay(IncidentKind kind) => kind is IncidentKind.CableTheft or IncidentKind.EquipmentTheft && rng.Next(100) < 85
        ? (22 * 60 + rng.Next(6 * 60)) % (24 * 60) // 22:00–04:00
        : rng.Next(100) < 80 ? rng.Next(6 * 60, 20 * 60) : rng.Next(24 * 60);

    private long Damage(IncidentKind kind, IncidentSeverity severity)
    {
        var millions = kind switch
        {
            IncidentKind.CableTheft => rng.Next(5, 80),
            IncidentKind.EquipmentTheft => rng.Next(8, 120),
            IncidentKind.Arson => rng.Next(20, 300),
            IncidentKind.CableCut => rng.Next(3, 60),
            IncidentKind.StationVandalism => rng.Next(2, 40),
            _ => rng.Next(0, 10),
        };
        return (long)(millions * (1 + (int)severity * 0.6) * 1_000) * 1_000;
    }
}

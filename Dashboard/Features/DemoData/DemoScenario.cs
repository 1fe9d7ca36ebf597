using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.Commendations;
using Dashboard.Features.Incidents;
using Dashboard.Features.People;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.DemoData;

/// <summary>
/// One province, Hà Giang, from 2012 to today: the cast, both agreements' requests and verifications, incidents and
/// commendations. QCPH-2012 holds exactly the review report's 20 requests and 920 verifications.
/// </summary>
internal sealed class DemoScenario(Random rng, BulkWriter writer, DateTime nowUtc)
{
    public const int Requests2012 = 20;
    public const int Verifications2012 = 920;

    /// <summary>Bắc Quang and Vị Xuyên, along national road 2, are hit most; the high karst districts least.</summary>
    private static readonly (int Weight, double Lat, double Lon)[] DistrictProfile =
    [
        (18, 22.823, 104.984), (5, 23.277, 105.363), (5, 23.158, 105.410), (9, 23.121, 105.140), (8, 23.068, 104.978),
        (26, 22.667, 104.982), (9, 22.734, 105.328), (8, 22.750, 104.680), (8, 22.640, 104.480), (30, 22.490, 104.860),
        (13, 22.400, 104.620),
    ];

    private readonly DateOnly _today = LocalClock.LocalDay(nowUtc);

    public void Run(Agreement old, Agreement current, IReadOnlyList<Area> districts)
    {
        var units = HaGiangCast.Units([.. districts.Select(d => (d.Code, d.Name))]).ToList();
        writer.AddRange(units);
        var unitByCode = units.ToDictionary(u => u.Code);
        var people = HaGiangCast.People
            .Select(p => new Person { Code = p.Code, FullName = p.Name, Title = p.Title, UnitId = unitByCode[p.Unit].Id })
            .ToList();
        writer.AddRange(people);
        var staff = CastStaff(units, people, districts);
        var places = districts.Select(d => d.Name).ToList();

        var requests = new DemoRequests(rng, writer, nowUtc);
        requests.History(new RequestFactory(rng, staff, places, old.Id), old);
        requests.Current(new RequestFactory(rng, staff, places, current.Id), current);

        var incidentPlaces = districts.Select((d, i) => new IncidentPlace(d.Id, d.Name, DistrictProfile[i].Weight, DistrictProfile[i].Lat, DistrictProfile[i].Lon)).ToList();
        var from = old.StartsOn;
        var count = (int)((_today.DayNumber - from.DayNumber) / 365.25 * 24) + rng.Next(20);
        var incidents = new IncidentFactory(rng, staff, incidentPlaces)
            .Create(count, from, _today, nowUtc, day => old.IsInForceOn(day) ? old.Id : current.Id, "SC");
        writer.AddRange(incidents);

        Commend(people, units, incidents, old, current);
    }

    private static Staff CastStaff(List<Unit> units, List<Person> people, IReadOnlyList<Area> districts)
    {
        List<Person> Of(string unitCode) => [.. people.Where(p => p.UnitId == units.Single(u => u.Code == unitCode).Id)];
        var requesting = new List<RequestingUnit>
        {
            new(units.Single(u => u.Code == "PA05"), "PA05", Of("PA05"), 45),
            new(units.Single(u => u.Code == "PC02"), "PC02", Of("PC02"), 20),
            new(units.Single(u => u.Code == "PA04"), "PA04", Of("PA04"), 10),
        };
        requesting.AddRange(HaGiangCast.DistrictShort.Select(s => new RequestingUnit(units.Single(u => u.Code == $"CAH-{s}"), $"CAH-{s}", Of($"CAH-{s}"), 3)));
        var police = districts.Select((d, i) => (d.Id, Of($"CAH-{HaGiangCast.DistrictShort[i]}"))).ToDictionary(x => x.Id, x => x.Item2);
        var telecom = districts.Select((d, i) => (d.Id, Of($"TTVT-{HaGiangCast.DistrictShort[i]}"))).ToDictionary(x => x.Id, x => x.Item2);
        var analysts = Of("VTHG-DHTT").Concat(Of("VTHG-KTDT")).ToList();
        return new Staff(requesting, analysts, police, telecom, [.. Of("PC02"), .. Of("PA05")], Of("VTHG-DHTT"));
    }

    /// <summary>Certificates at the 2023 review conference and at each year-end review since, to those who did most.</summary>
    private void Commend(List<Person> people, List<Unit> units, List<Incident> incidents, Agreement old, Agreement current)
    {
        var police = units.Where(u => u.Agency == Agency.Police).Select(u => u.Id).ToHashSet();
        var reviews = new List<(DateOnly Day, Agreement Agreement, string Reason)>
        {
            (new DateOnly(2023, 10, 26), old, "Có thành tích xuất sắc trong thực hiện Quy chế phối hợp giai đoạn 2012–2023"),
        };
        for (var year = 2024; new DateOnly(year, 12, 20) <= _today; year++)
        {
            reviews.Add((new DateOnly(year, 12, 20), current, $"Hoàn thành xuất sắc nhiệm vụ phối hợp bảo vệ công trình viễn thông năm {year}"));
        }
        foreach (var (day, agreement, reason) in reviews)
        {
            var start = LocalClock.StartOfDayUtc(day.AddYears(-1));
            var end = LocalClock.StartOfDayUtc(day);
            var ranked = people
                .Select(p => (Person: p, Score: incidents.Count(i => i.ResolvedAt >= start && i.ResolvedAt < end && (i.LeadOfficerId == p.Id || i.TelecomContactId == p.Id))))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Person.Code, StringComparer.Ordinal)
                .ToList();
            var winners = ranked.Where(x => police.Contains(x.Person.UnitId)).Take(2)
                .Concat(ranked.Where(x => !police.Contains(x.Person.UnitId)).Take(2));
            foreach (var (person, _) in winners)
            {
                var isPolice = police.Contains(person.UnitId);
                var high = agreement == old && rng.Next(4) == 0;
                writer.Add(new Commendation
                {
                    PersonId = person.Id,
                    AgreementId = agreement.Id,
                    AwardedOn = day,
                    Level = high ? "Bằng khen" : "Giấy khen",
                    AwardingBody = high ? "Chủ tịch UBND tỉnh Hà Giang" : isPolice ? "Giám đốc Công an tỉnh" : "Giám đốc Viễn thông Hà Giang",
                    Reason = reason,
                });
            }
        }
    }
}

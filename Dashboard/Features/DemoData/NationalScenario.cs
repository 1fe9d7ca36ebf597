using Dashboard.Features.Agreements;
using Dashboard.Features.Areas;
using Dashboard.Features.People;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.DemoData;

/// <summary>
/// The benchmark data set of SPEC §8: one agreement per province, ten years of requests, verifications and incidents.
/// Rows are written as they are made, province by province, so memory stays flat whatever the size.
/// </summary>
internal sealed class NationalScenario(Random rng, BulkWriter writer, DateTime nowUtc, NationalOptions options)
{
    private const int AreasPerProvince = 4;
    private static readonly string[] Compass = ["trung tâm", "phía Bắc", "phía Nam", "phía Đông", "phía Tây"];

    private readonly DateOnly _today = LocalClock.LocalDay(nowUtc);

    public void Run()
    {
        var startYear = _today.Year - NationalOptions.Years;
        foreach (var province in Province.All.Take(options.Provinces))
        {
            var agreement = new Agreement
            {
                Code = $"QCPH-{province.Code}-{startYear}",
                Title = $"Quy chế phối hợp giữa {province.TelecomName} và {province.PoliceName} giai đoạn {startYear}–{_today.Year + 1}",
                SignedOn = new DateOnly(startYear, 1, 1),
                StartsOn = new DateOnly(startYear, 1, 1),
                EndsOn = new DateOnly(_today.Year + 1, 12, 31),
            };
            writer.Add(agreement);
            Fill(province, agreement);
        }
    }

    private int Share(int full, Province province) =>
        (int)Math.Round(full * options.Fraction * province.Weight / Province.TotalWeight);

    private void Fill(Province province, Agreement agreement)
    {
        var top = new Area { Code = province.Code, Name = province.Name, Level = AreaLevel.Province };
        writer.Add(top);
        var areas = Enumerable.Range(1, AreasPerProvince)
            .Select(i => new Area { Code = $"{province.Code}-{i:D2}", Name = $"{province.Name}, khu vực {Compass[i - 1]}", Level = AreaLevel.District, ParentId = top.Id })
            .ToList();
        writer.AddRange(areas);
        var staff = Cast(province, areas);

        var requests = new RequestFactory(rng, staff, [.. areas.Select(a => a.Name)], agreement.Id);
        var span = _today.DayNumber - agreement.StartsOn.DayNumber + 1;
        var days = Enumerable.Range(0, Share(NationalOptions.FullRequests, province)).Select(_ => agreement.StartsOn.AddDays(rng.Next(span))).ToList();
        days.Sort();
        var received = days.Select(day => requests.Receive(day)).OrderBy(r => r.ReceivedAt).ToList();
        foreach (var request in received)
        {
            requests.Settle(request, nowUtc, latePercent: 10);
            writer.Add(request);
        }
        // The province's share of the 1,500,000 batches of SPEC §8, spread unevenly over the requests worked on.
        var worked = received.Where(RequestFactory.CanHaveVerifications).ToList();
        var batches = worked.Count == 0 ? [] : rng.Split(Math.Max(worked.Count, Share(NationalOptions.FullVerificationBatches, province)), worked.Count);
        for (var i = 0; i < worked.Count; i++)
        {
            foreach (var batch in requests.Batches(worked[i], batches[i], nowUtc))
            {
                batch.Count = 1 + (int)(Math.Pow(rng.NextDouble(), 3) * 30);
                writer.Add(batch);
            }
        }

        var places = areas.Select(a => new IncidentPlace(a.Id, a.Name, rng.Next(1, 6))).ToList();
        var incidents = new IncidentFactory(rng, staff, places)
            .Create(Share(NationalOptions.FullIncidents, province), agreement.StartsOn, _today, nowUtc, _ => agreement.Id, $"SC-{province.Code}", 5);
        writer.AddRange(incidents);
    }

    /// <summary>Per province: the three police departments and the telecom operations centre, one unit of each agency per area.</summary>
    private Staff Cast(Province province, List<Area> areas)
    {
        var c = province.Code;
        Unit NewUnit(string code, string name, Agency agency)
        {
            var unit = new Unit { Code = code, Name = name, Agency = agency };
            writer.Add(unit);
            return unit;
        }
        var counter = new Dictionary<Agency, int>();
        List<Person> Staffed(Unit unit, int count) => [.. Enumerable.Range(0, count).Select(_ =>
        {
            var n = counter[unit.Agency] = counter.GetValueOrDefault(unit.Agency) + 1;
            var police = unit.Agency == Agency.Police;
            var person = new Person
            {
                Code = $"{c}-{(police ? 'P' : 'T')}{n:D2}",
                FullName = VietnameseNames.Compose(rng, province.Highland),
                Title = police ? VietnameseNames.PoliceRanks[rng.Next(VietnameseNames.PoliceRanks.Length)] : VietnameseNames.TelecomTitles[rng.Next(VietnameseNames.TelecomTitles.Length)],
                UnitId = unit.Id,
            };
            writer.Add(person);
            return person;
        })];

        var operations = Staffed(NewUnit($"VT{c}-DHTT", $"Trung tâm Điều hành thông tin, {province.TelecomName}", Agency.Telecom), 4);
        var pa05 = NewUnit($"PA05-{c}", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", Agency.Police);
        var pc02 = NewUnit($"PC02-{c}", "Phòng Cảnh sát hình sự", Agency.Police);
        var pa04 = NewUnit($"PA04-{c}", "Phòng An ninh điều tra", Agency.Police);
        var requesting = new List<RequestingUnit> { new(pa05, "PA05", Staffed(pa05, 4), 50), new(pc02, "PC02", Staffed(pc02, 2), 30), new(pa04, "PA04", Staffed(pa04, 2), 20) };
        var police = new Dictionary<int, List<Person>>();
        var telecom = new Dictionary<int, List<Person>>();
        for (var i = 0; i < areas.Count; i++)
        {
            telecom[areas[i].Id] = Staffed(NewUnit($"VT{c}-TT{i + 1}", $"Trung tâm Viễn thông {areas[i].Name}", Agency.Telecom), 1);
            police[areas[i].Id] = Staffed(NewUnit($"CA{c}-KV{i + 1}", $"Công an {areas[i].Name}", Agency.Police), 1);
        }
        var provincialPolice = requesting[0].People.Concat(requesting[1].People).ToList();
        return new Staff(requesting, operations, police, telecom, provincialPolice, operations);
    }
}

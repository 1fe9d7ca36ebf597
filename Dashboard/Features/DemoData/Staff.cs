using Dashboard.Features.People;

namespace Dashboard.Features.DemoData;

/// <summary>A police unit that sends requests, with the symbol its letters carry (e.g. "125/CV-PA05").</summary>
internal sealed record RequestingUnit(Unit Unit, string Symbol, IReadOnlyList<Person> People, int Weight);

/// <summary>Who does what in one province: who asks, who answers, who is called out to an incident in a district.</summary>
internal sealed class Staff(
    IReadOnlyList<RequestingUnit> requesting,
    IReadOnlyList<Person> analysts,
    IReadOnlyDictionary<int, List<Person>> policeByArea,
    IReadOnlyDictionary<int, List<Person>> telecomByArea,
    IReadOnlyList<Person> provincialPolice,
    IReadOnlyList<Person> provincialTelecom)
{
    private readonly int _totalWeight = requesting.Sum(r => r.Weight);

    public RequestingUnit PickRequester(Random rng)
    {
        var roll = rng.Next(_totalWeight);
        foreach (var r in requesting)
        {
            roll -= r.Weight;
            if (roll < 0)
            {
                return r;
            }
        }
        return requesting[^1];
    }

    /// <summary>Telecom staff who answer requests and perform verifications.</summary>
    public Person PickAnalyst(Random rng) => analysts[rng.Next(analysts.Count)];

    /// <summary>The district's own police mostly, the provincial department for the rest.</summary>
    public Person PickLeadOfficer(Random rng, int areaId) => PickLocal(rng, areaId, policeByArea, provincialPolice);

    public Person PickTelecomContact(Random rng, int areaId) => PickLocal(rng, areaId, telecomByArea, provincialTelecom);

    private static Person PickLocal(Random rng, int areaId, IReadOnlyDictionary<int, List<Person>> local, IReadOnlyList<Person> fallback) =>
        local.TryGetValue(areaId, out var people) && people.Count > 0 && rng.Next(100) < 75
            ? people[rng.Next(people.Count)]
            : fallback[rng.Next(fallback.Count)];
}

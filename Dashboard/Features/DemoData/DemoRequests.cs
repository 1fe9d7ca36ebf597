using Dashboard.Features.Agreements;
using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.DemoData;

/// <summary>The demo's requests: the closed history of QCPH-2012 and the live workload of QCPH-2023.</summary>
internal sealed class DemoRequests(Random rng, BulkWriter writer, DateTime nowUtc)
{
    /// <summary>Exactly the review report's figures, every request answered and every check done inside the agreement's dates.</summary>
    public void History(RequestFactory factory, Agreement agreement)
    {
        var lastMinute = LocalClock.StartOfDayUtc(agreement.EndsOn.AddDays(1)).AddMinutes(-1);
        var requests = Days(agreement.StartsOn, agreement.EndsOn.AddDays(-10), DemoScenario.Requests2012)
            .Select(day => factory.Receive(day))
            .OrderBy(r => r.ReceivedAt)
            .ToList();
        foreach (var r in requests)
        {
            factory.Settle(r, nowUtc < lastMinute ? nowUtc : lastMinute, latePercent: 10, alwaysAnswer: true, deadlineUtc: lastMinute);
        }
        Write(factory, requests, DemoScenario.Verifications2012, 2, 6);
    }

    /// <summary>
    /// About one request every three weeks since the agreement began, mostly answered (some late), and the few still
    /// open that a coordinator must act on: one overdue, two due within the next day.
    /// </summary>
    public void Current(RequestFactory factory, Agreement agreement)
    {
        var today = LocalClock.LocalDay(nowUtc);
        var last = today.AddDays(-1) < agreement.EndsOn ? today.AddDays(-1) : agreement.EndsOn;
        var count = Math.Max(0, (last.DayNumber - agreement.StartsOn.DayNumber) / 22);
        var requests = Days(agreement.StartsOn, last, count).Select(day => factory.Receive(day)).ToList();
        foreach (var r in requests)
        {
            factory.Settle(r, nowUtc, latePercent: 12);
        }
        if (agreement.IsInForceOn(today))
        {
            requests.Add(Open(factory, nowUtc.AddHours(-80 - rng.Next(24)), RequestPriority.High)); // overdue by a few hours
            requests.Add(Open(factory, nowUtc.AddHours(-6 - rng.Next(6)), RequestPriority.Urgent)); // due within 24 h
            requests.Add(Open(factory, nowUtc.AddDays(-6).AddHours(-rng.Next(4, 20)), RequestPriority.Normal)); // due today
        }
        requests.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        Write(factory, requests, 1450 + rng.Next(101), 2, 9);
    }

    private InformationRequest Open(RequestFactory factory, DateTime receivedUtc, RequestPriority priority)
    {
        var r = factory.Receive(new DateTime(receivedUtc.Ticks - receivedUtc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc), priority);
        r.ChangeStatus(RequestStatus.InProgress, nowUtc);
        return r;
    }

    /// <summary>Writes the requests, then batches whose counts add up to exactly the given total.</summary>
    private void Write(RequestFactory factory, List<InformationRequest> requests, int totalChecks, int minBatches, int maxBatches)
    {
        writer.AddRange(requests);
        var batches = requests.Where(RequestFactory.CanHaveVerifications)
            .SelectMany(r => factory.Batches(r, rng.Next(minBatches, maxBatches + 1), nowUtc))
            .ToList();
        if (batches.Count == 0)
        {
            return;
        }
        var counts = rng.Split(Math.Max(totalChecks, batches.Count), batches.Count);
        for (var i = 0; i < batches.Count; i++)
        {
            batches[i].Count = counts[i];
        }
        writer.AddRange(batches);
    }

    /// <summary>Local days spread over a period, in order, so that keys follow time.</summary>
    private List<DateOnly> Days(DateOnly from, DateOnly to, int count)
    {
        var span = to.DayNumber - from.DayNumber + 1;
        var days = Enumerable.Range(0, count).Select(_ => from.AddDays(rng.Next(span))).ToList();
        days.Sort();
        return days;
    }
}

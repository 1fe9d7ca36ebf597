using Dashboard.Features.Requests;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Features.DemoData;

/// <summary>Makes believable requests and their verification batches for one agreement.</summary>
internal sealed class RequestFactory(Random rng, Staff staff, IReadOnlyList<string> places, int agreementId)
{
    private static readonly (RequestPriority, int)[] Priorities =
        [(RequestPriority.Urgent, 15), (RequestPriority.High, 30), (RequestPriority.Normal, 55)];

    private static readonly (VerificationKind, int)[] Kinds =
    [
        (VerificationKind.SubscriberIdentity, 40), (VerificationKind.CallRecords, 20), (VerificationKind.CellLocation, 15),
        (VerificationKind.SimRegistration, 12), (VerificationKind.InternetAccount, 8), (VerificationKind.Other, 5),
    ];

    private readonly Dictionary<string, int> _lastNumber = [];

    /// <summary>A request received on a local day, in office hours unless urgent.</summary>
    public InformationRequest Receive(DateOnly localDay, RequestPriority? priority = null)
    {
        var p = priority ?? rng.Pick(Priorities);
        var minute = p == RequestPriority.Urgent && rng.Next(3) == 0 ? rng.Next(24 * 60) : rng.Next(7 * 60 + 30, 17 * 60);
        return Receive(LocalClock.ToUtc(localDay.ToDateTime(TimeOnly.MinValue).AddMinutes(minute)), p);
    }

    public InformationRequest Receive(DateTime receivedUtc, RequestPriority priority)
    {
        var from = staff.PickRequester(rng);
        // A unit numbers its letters in order; the ones between went elsewhere.
        var number = _lastNumber[from.Symbol] = _lastNumber.GetValueOrDefault(from.Symbol) + rng.Next(1, 40);
        var reference = $"{number}/CV-{from.Symbol}";
        return new InformationRequest
        {
            AgreementId = agreementId,
            ReferenceNo = reference,
            RequestingUnitId = from.Unit.Id,
            RequestedById = from.People.Count == 0 ? null : from.People[rng.Next(from.People.Count)].Id,
            Subject = Texts.Subject(rng, places[rng.Next(places.Count)]),
            Priority = priority,
            ReceivedAt = receivedUtc,
            DueAt = receivedUtc + InformationRequest.DefaultTimeAllowed(priority),
            AssignedToId = staff.PickAnalyst(rng).Id,
            Status = RequestStatus.Received,
        };
    }

    /// <summary>
    /// Answers (late with the given chance), sometimes rejects or withdraws; a request whose answer would fall after
    /// <paramref name="nowUtc"/> stays in progress. An answer that would fall after <paramref name="deadlineUtc"/> is moved before it.
    /// </summary>
    public void Settle(InformationRequest r, DateTime nowUtc, int latePercent, bool alwaysAnswer = false, DateTime? deadlineUtc = null)
    {
        var allowed = r.DueAt - r.ReceivedAt;
        var roll = rng.Next(100);
        var status = alwaysAnswer || roll >= 5 ? RequestStatus.Answered : roll < 3 ? RequestStatus.Rejected : RequestStatus.Withdrawn;
        var at = status != RequestStatus.Answered ? r.ReceivedAt + allowed * (0.05 + rng.NextDouble() * 0.5)
            : rng.Next(100) < latePercent ? r.DueAt + allowed * (0.05 + rng.NextDouble() * 0.8)
            : r.ReceivedAt + allowed * (0.08 + rng.NextDouble() * 0.9);
        at = new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        if (deadlineUtc is { } deadline && at > deadline)
        {
            at = rng.Between(r.ReceivedAt.AddMinutes(30), deadline);
        }
        if (at > nowUtc)
        {
            r.ChangeStatus(r.ReceivedAt.AddHours(1) <= nowUtc ? RequestStatus.InProgress : RequestStatus.Received, nowUtc);
            return;
        }
        r.ChangeStatus(status, at);
    }

    /// <summary>Batches performed between receipt and the answer (or now, while still open); one check each until counts are set.</summary>
    public List<Verification> Batches(InformationRequest r, int batches, DateTime nowUtc)
    {
        var until = r.AnsweredAt ?? nowUtc;
        var list = new List<Verification>(batches);
        for (var i = 0; i < batches; i++)
        {
            list.Add(new Verification
            {
                RequestId = r.Id,
                AgreementId = r.AgreementId,
                Kind = rng.Pick(Kinds),
                Count = 1,
                PerformedById = rng.Next(100) < 70 ? r.AssignedToId : staff.PickAnalyst(rng).Id,
                PerformedAt = rng.Between(r.ReceivedAt, until),
            });
        }
        list.Sort((a, b) => a.PerformedAt.CompareTo(b.PerformedAt));
        return list;
    }

    public static bool CanHaveVerifications(InformationRequest r) =>
        r.Status is RequestStatus.Answered or RequestStatus.InProgress;
}

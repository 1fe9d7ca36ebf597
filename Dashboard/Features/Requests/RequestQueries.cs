using Dashboard.Features.Shared;
using Dashboard.Infrastructure.Data;
using Dashboard.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Features.Requests;

/// <summary>The request list: filtered, sorted and paged in SQL.</summary>
public sealed class RequestQueries(IDbContextFactory<DashboardDbContext> factory, LocalClock clock)
    : ListQuery<InformationRequest, RequestFilter, RequestRow>(factory)
{
    protected override IQueryable<InformationRequest> Filtered(DashboardDbContext db, RequestFilter f)
    {
        var q = db.Requests.AsNoTracking();
        if (f.AgreementId is { } agreement)
        {
            q = q.Where(r => r.AgreementId == agreement);
        }
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            q = q.Where(r => r.ReferenceNo.Contains(text) || r.Subject.Contains(text));
        }
        if (f.Status is { } status)
        {
            q = q.Where(r => r.Status == status);
        }
        if (f.Priority is { } priority)
        {
            q = q.Where(r => r.Priority == priority);
        }
        if (f.RequestingUnitId is { } unit)
        {
            q = q.Where(r => r.RequestingUnitId == unit);
        }
        if (f.AssignedToId is { } person)
        {
            q = q.Where(r => r.AssignedToId == person);
        }
        q = Between(q, f.ReceivedFrom, f.ReceivedTo, true);
        q = Between(q, f.DueFrom, f.DueTo, false);
        var now = clock.UtcNow;
        var soon = now.AddHours(24);
        q = f.Due switch
        {
            DueState.Overdue => q.Where(r => r.ClosedAt == null && r.DueAt < now),
            DueState.DueSoon => q.Where(r => r.ClosedAt == null && r.DueAt >= now && r.DueAt < soon),
            _ => q,
        };
        return q;
    }

    private static IQueryable<InformationRequest> Between(IQueryable<InformationRequest> q, DateOnly? from, DateOnly? to, bool received)
    {
        if (from is { } f)
        {
            var start = LocalClock.StartOfDayUtc(f);
            q = received ? q.Where(r => r.ReceivedAt >= start) : q.Where(r => r.DueAt >= start);
        }
        if (to is { } t)
        {
            var end = LocalClock.StartOfDayUtc(t.AddDays(1));
            q = received ? q.Where(r => r.ReceivedAt < end) : q.Where(r => r.DueAt < end);
        }
        return q;
    }

    // Priority and status are stored as names: sort by their rank, not alphabetically (as the incident list does).
    protected override IQueryable<InformationRequest> Sorted(IQueryable<InformationRequest> q, RequestFilter f) => (f.SortBy, f.Descending) switch
    {
        ("ref", false) => q.OrderBy(r => r.ReferenceNo),
        ("ref", true) => q.OrderByDescending(r => r.ReferenceNo),
        ("due", false) => q.OrderBy(r => r.DueAt),
        ("due", true) => q.OrderByDescending(r => r.DueAt),
        ("priority", false) => q.OrderBy(r => r.Priority == RequestPriority.Urgent ? 0 : r.Priority == RequestPriority.High ? 1 : 2).ThenBy(r => r.DueAt),
        ("priority", true) => q.OrderByDescending(r => r.Priority == RequestPriority.Urgent ? 0 : r.Priority == RequestPriority.High ? 1 : 2).ThenBy(r => r.DueAt),
        ("status", false) => q.OrderBy(r => r.Status == RequestStatus.Received ? 0 : r.Status == RequestStatus.InProgress ? 1 : r.Status == RequestStatus.Answered ? 2 : r.Status == RequestStatus.Rejected ? 3 : 4)
            .ThenByDescending(r => r.ReceivedAt),
        ("status", true) => q.OrderByDescending(r => r.Status == RequestStatus.Received ? 0 : r.Status == RequestStatus.InProgress ? 1 : r.Status == RequestStatus.Answered ? 2 : r.Status == RequestStatus.Rejected ? 3 : 4)
            .ThenByDescending(r => r.ReceivedAt),
        ("assignee", false) => q.OrderBy(r => SqlFunctions.Vietnamese(r.AssignedTo!.FullName)),
        ("assignee", true) => q.OrderByDescending(r => SqlFunctions.Vietnamese(r.AssignedTo!.FullName)),
        ("received", false) => q.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id),
        _ => q.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id),
    };

    protected override IQueryable<RequestRow> Project(IQueryable<InformationRequest> q) => q.Select(r => new RequestRow(
        r.Id, r.Agreement!.Code, r.ReferenceNo, r.Subject, r.Priority, r.Status, r.ReceivedAt, r.DueAt, r.ClosedAt,
        r.RequestingUnit!.Name, r.AssignedTo != null ? r.AssignedTo.FullName : null, r.Verifications.Sum(v => v.Count)));
}

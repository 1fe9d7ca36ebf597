using Dashboard.Features.Incidents;
using Dashboard.Features.Requests;

namespace Dashboard.Features.Kpis;

/// <summary>
/// The record sets of SPEC §3 that the figures, the commendation scores, the heat maps and the digests read row by row.
/// A windowed set holds events in [From, To) that happened at or before AsOf. The counts and sums of the windowed sets
/// come from <see cref="Totals.FigureFacts"/>, whose SQL (<see cref="Totals.FigureFactsSql"/>) states the same sets.
/// </summary>
internal static class FigureSets
{
    public static IQueryable<InformationRequest> Requests(this FigureWindow w, IQueryable<InformationRequest> all)
    {
        var ids = w.AgreementIds;
        return all.Where(r => ids.Contains(r.AgreementId));
    }

    public static IQueryable<Incident> Incidents(this FigureWindow w, IQueryable<Incident> all)
    {
        var ids = w.AgreementIds;
        return all.Where(i => ids.Contains(i.AgreementId));
    }

    /// <summary>State at AsOf: received and not closed.</summary>
    public static IQueryable<InformationRequest> OpenRequests(this FigureWindow w, IQueryable<InformationRequest> all)
    {
        var asOf = w.AsOfUtc;
        return w.Requests(all).Where(r => r.ReceivedAt <= asOf && (r.ClosedAt == null || r.ClosedAt > asOf));
    }

    /// <summary>
    /// The turnarounds of the requests answered in the window up to AsOf, for reading in order. The window is tested on
    /// COALESCE(AnsweredAt, …) so that SQLite walks the (AgreementId, TurnaroundMilliseconds, AnsweredAt) index up to the
    /// rank instead of seeking the AnsweredAt index and sorting the whole set; all agreements walk
    /// (TurnaroundMilliseconds, AnsweredAt) unfiltered.
    /// </summary>
    public static IQueryable<InformationRequest> AnsweredForTurnaround(this FigureWindow w, IQueryable<InformationRequest> all)
    {
        var (from, to, asOf) = (w.FromUtc, w.ToUtc, w.AsOfUtc);
        var scoped = w.AgreementId is { } id ? all.Where(r => r.AgreementId == id) : all;
        return scoped.Where(r => (r.AnsweredAt ?? DateTime.MaxValue) >= from && (r.AnsweredAt ?? DateTime.MaxValue) < to && (r.AnsweredAt ?? DateTime.MaxValue) <= asOf);
    }

    public static IQueryable<Incident> OccurredIncidents(this FigureWindow w, IQueryable<Incident> all)
    {
        var (from, to, asOf) = (w.FromUtc, w.ToUtc, w.AsOfUtc);
        return w.Incidents(all).Where(i => i.OccurredAt >= from && i.OccurredAt < to && i.OccurredAt <= asOf);
    }
}

using System.Globalization;
using System.Resources;
using Dashboard.Features.People;

namespace Dashboard.Features.ReviewMode;

/// <summary>
/// The paragraph of review mode, in the style of the review report: "Từ 29/10/2023 đến nay, hai bên đã phối hợp thực hiện
/// 45 yêu cầu tra cứu thông tin, xác minh 1.520 lượt; …". Written in the language asked for, whatever the page's
/// language, from the shared strings (Review_Sum_*), with that language's number separators and dd/MM/yyyy dates.
/// </summary>
public static class ReviewSummary
{
    private static readonly ResourceManager Strings = new("Dashboard.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Write(ReviewData data, CultureInfo culture)
    {
        var t = new Writer(culture);
        var r = data.Current.Requests;
        var i = data.Current.Incidents;
        var w = data.Current.Window;
        var last = w.To.AddDays(-1);
        var opening = last >= data.Today
            ? t.S("Review_Sum_FromToDate", Date(w.From))
            : t.S("Review_Sum_FromTo", Date(w.From), Date(last));
        var text = t.S("Review_Sum_Opening", opening, t.N("Review_N_Requests", r.Received), t.N("Review_N_Verifications", data.Current.Verifications.Total));
        if (r.Answered > 0)
        {
            text += t.S("Review_Sum_Answered" + One(r.Answered), t.Count(r.Answered), t.Count(r.AnsweredOnTime), t.Rate(r.OnTimeRate));
        }
        var sentences = new List<string>
        {
            text + ".",
            i.Occurred == 0
                ? t.S("Review_Sum_NoIncidents")
                : t.S("Review_Sum_Incidents" + One(i.Occurred), t.N("Review_N_Incidents", i.Occurred), t.Count(i.Resolved), t.Rate(i.ResolutionRate)),
        };
        var rows = data.Candidates.Rows;
        sentences.Add(rows.Count == 0
            ? t.S("Review_Sum_NoCandidates")
            : t.S("Review_Sum_Candidates" + One(rows.Count), t.N("Review_N_People", rows.Count),
                t.Count(rows.Count(x => x.Candidate.Agency == Agency.Telecom)), t.Count(rows.Count(x => x.Candidate.Agency == Agency.Police))));
        if (data.PreviousComparable)
        {
            var p = data.Previous;
            sentences.Add(t.S("Review_Sum_Compare", Date(p.Window.From), Date(p.Window.To.AddDays(-1)),
                t.Change("Review_Sum_Requests", r.Received - p.Requests.Received),
                t.Change("Review_Sum_IncidentsCount", i.Occurred - p.Incidents.Occurred)));
        }
        return string.Join(" ", sentences);
    }

    private static string One(long n) => n == 1 ? "_One" : "";

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private sealed class Writer(CultureInfo culture)
    {
        public string S(string key, params object[] args) =>
            string.Format(culture, Strings.GetString(key, culture) ?? throw new InvalidOperationException("Missing string " + key), args);

        /// <summary>A count with its noun ("20 yêu cầu tra cứu thông tin", "1 verification").</summary>
        public string N(string key, long n) =>
            S(n == 1 && Strings.GetString(key + "_One", culture) is not null ? key + "_One" : key, Count(n));

        public string Count(long n) => n.ToString("N0", culture);

        public string Rate(double? rate) => rate is { } v ? (v * 100).ToString("0.#", culture) + "%" : "—";

        /// <summary>"số yêu cầu tăng 5" / "requests rose by 5", "không đổi" / "unchanged".</summary>
        public string Change(string what, long delta) => S(what, S(delta switch
        {
            > 0 => "Review_Sum_Up",
            < 0 => "Review_Sum_Down",
            _ => "Review_Sum_Same",
        }, Count(Math.Abs(delta))));
    }
}

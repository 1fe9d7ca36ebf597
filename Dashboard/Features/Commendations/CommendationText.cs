using System.Globalization;
using Dashboard.Features.Kpis;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Commendations;

/// <summary>
/// A score breakdown in words, in the current culture: the sum that makes the score ("5 yêu cầu trả lời đúng hạn × 10 = 50; …")
/// and the achievements a nomination quotes ("Trả lời đúng hạn 5 yêu cầu tra cứu thông tin; …"). Parts that are zero are left out.
/// </summary>
public sealed class CommendationText(IStringLocalizer l)
{
    /// <summary>Points as the page shows them: at most two decimals, Vietnamese separators (14,5; 0,05).</summary>
    public static string Points(decimal points) => points.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public string Breakdown(CommendationBreakdown b, CommendationWeights w)
    {
        var parts = new List<string>();
        Add(parts, "Com_Part_OnTime", b.AnsweredOnTime, w.AnsweredOnTime);
        Add(parts, "Com_Part_Late", b.AnsweredLate, w.AnsweredLate);
        Add(parts, "Com_Part_Verifications", b.Verifications, w.Verification);
        Add(parts, "Com_Part_Resolved", b.IncidentsResolved, w.IncidentResolved);
        Add(parts, "Com_Part_Critical", b.CriticalResolved, w.CriticalBonus);
        Add(parts, "Com_Part_Overdue", b.OverdueNow, w.OverdueNow);
        return string.Join("; ", parts);
    }

    /// <summary>What the person did, for a nomination (no points): the reason of an award starts from it.</summary>
    public string Achievements(CommendationBreakdown b)
    {
        var parts = new List<string>();
        if (b.AnsweredOnTime + b.AnsweredLate > 0)
        {
            parts.Add(b.AnsweredLate == 0
                ? Plural("Com_Ach_Answered", b.AnsweredOnTime, Count(b.AnsweredOnTime))
                : Plural("Com_Ach_AnsweredSome", b.AnsweredOnTime + b.AnsweredLate, Count(b.AnsweredOnTime + b.AnsweredLate), Count(b.AnsweredOnTime)));
        }
        if (b.Verifications > 0)
        {
            parts.Add(Plural("Com_Ach_Verifications", b.Verifications, Count(b.Verifications)));
        }
        if (b.IncidentsResolved > 0)
        {
            var resolved = Plural("Com_Ach_Resolved", b.IncidentsResolved, Count(b.IncidentsResolved));
            parts.Add(b.CriticalResolved > 0 ? resolved + " " + l["Com_Ach_Critical", Count(b.CriticalResolved)] : resolved);
        }
        return parts.Count == 0 ? "" : string.Join("; ", parts) + ".";
    }

    private void Add(List<string> parts, string key, long count, decimal weight)
    {
        if (count != 0)
        {
            var what = Plural(key, count, Count(count));
            parts.Add($"{what} × {Points(weight)} = {Points(weight * count)}");
        }
    }

    /// <summary>The "_One" form of a string where the language has one (English), else the general form.</summary>
    private string Plural(string key, long count, params object[] args)
    {
        if (count == 1)
        {
            var one = l[key + "_One", args];
            if (!one.ResourceNotFound)
            {
                return one;
            }
        }
        return l[key, args];
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.CurrentCulture);
}

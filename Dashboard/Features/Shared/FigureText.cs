using System.Globalization;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Shared;

/// <summary>Figures as people read them: counts 1.234, rates 92,9 %, hours 30,5 giờ; "—" where a figure has no value.</summary>
public sealed class FigureText(IStringLocalizer l)
{
    public string Count(long n) => Fmt.Number(n);

    public string Rate(double? r) => r is { } v ? Fmt.Percent(v) : l["Kpi_NoValue"];

    public string Hours(double? h) => h is { } v ? l["Unit_Hours", Fmt.Number(Math.Round(v, 1, MidpointRounding.AwayFromZero), 1)] : l["Kpi_NoValue"];

    public string Vnd(long v) => Fmt.VndShort(v);

    public static string SignedCount(long d) => (d > 0 ? "+" : "") + d.ToString("N0", CultureInfo.CurrentCulture);

    public static string SignedVnd(long d) => (d > 0 ? "+" : "") + Fmt.VndShort(d);

    /// <summary>Difference of two rates in percentage points.</summary>
    public string SignedPoints(double d) => (d > 0 ? "+" : "") + (d * 100).ToString("N1", CultureInfo.CurrentCulture) + (Cultures.IsEnglish ? " pts" : " điểm %");

    public string SignedHours(double d) => (d > 0 ? "+" : "") + l["Unit_Hours", (Math.Round(d, 1, MidpointRounding.AwayFromZero)).ToString("N1", CultureInfo.CurrentCulture)];

    public static double? Diff(double? a, double? b) => a is { } x && b is { } y ? x - y : null;
}

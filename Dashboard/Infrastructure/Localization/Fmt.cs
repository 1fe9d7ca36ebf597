using System.Globalization;
using Dashboard.Infrastructure.Time;

namespace Dashboard.Infrastructure.Localization;

/// <summary>Display formats in the current culture: dd/MM/yyyy dates, local (Asia/Ho_Chi_Minh) times, 1.234.567 numbers, VND.</summary>
public static class Fmt
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => LocalClock.ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime utc) => LocalClock.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset local) => local.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Number(long n) => n.ToString("N0", Culture);

    public static string Number(double n, int decimals) => n.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public static string Percent(double rate, int decimals = 1) => (rate * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) + " %";

    /// <summary>VND has no minor unit: 1.234.567 ₫.</summary>
    public static string Vnd(long amount) => amount.ToString("N0", Culture) + " ₫";
}

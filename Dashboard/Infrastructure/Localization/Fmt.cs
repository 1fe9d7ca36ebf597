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

    /// <summary>Large amounts for cards: 3,12 tỷ ₫ / 3.12 bn ₫, 45,6 triệu ₫ / 45.6 m ₫; smaller ones in full.</summary>
    public static string VndShort(long amount)
    {
        var en = Cultures.IsEnglish;
        return Math.Abs(amount) switch
        {
            >= 1_000_000_000 => Number(amount / 1e9, 2) + (en ? " bn ₫" : " tỷ ₫"),
            >= 1_000_000 => Number(amount / 1e6, 1) + (en ? " m ₫" : " triệu ₫"),
            _ => Vnd(amount),
        };
    }

    /// <summary>VND has no minor unit: 1.234.567 ₫.</summary>
    public static string Vnd(long amount) => amount.ToString("N0", Culture) + " ₫";
}

using System.Globalization;

namespace Dashboard.Features.DemoData;

/// <summary>What a seed run produced, read back from the database; Skipped when the database already held data.</summary>
public sealed record SeedResult(
    string Scale, int Seed, bool Skipped, int Agreements, int People, int Requests, int VerificationBatches,
    long Verifications, int Incidents, int Commendations, TimeSpan Elapsed)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static SeedResult Nothing(string scale, int seed) => new(scale, seed, true, 0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One line, Vietnamese then English.</summary>
    public string Summary()
    {
        if (Skipped)
        {
            return "Cơ sở dữ liệu đã có dữ liệu, không tạo thêm dữ liệu mẫu. / The database already holds data; nothing was seeded.";
        }
        static string N(long n, CultureInfo c) => n.ToString("N0", c);
        var seconds = Elapsed.TotalSeconds;
        return string.Create(Vi, $"Đã tạo dữ liệu mẫu ({Scale}, seed {Seed}): {N(Agreements, Vi)} quy chế, {N(People, Vi)} cán bộ, " +
            $"{N(Requests, Vi)} yêu cầu, {N(Verifications, Vi)} lượt xác minh ({N(VerificationBatches, Vi)} lần), " +
            $"{N(Incidents, Vi)} vụ việc, {N(Commendations, Vi)} khen thưởng trong {seconds:0.0} giây. / ") +
            string.Create(En, $"Seeded {Scale} data (seed {Seed}): {N(Agreements, En)} agreements, {N(People, En)} people, " +
            $"{N(Requests, En)} requests, {N(Verifications, En)} verifications ({N(VerificationBatches, En)} batches), " +
            $"{N(Incidents, En)} incidents, {N(Commendations, En)} commendations in {seconds:0.0} s.");
    }
}

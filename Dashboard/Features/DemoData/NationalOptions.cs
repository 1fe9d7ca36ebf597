namespace Dashboard.Features.DemoData;

/// <summary>
/// Size of the national data set (SPEC §8). At full size, 34 provinces and ten years: about 300,000 requests,
/// 1,500,000 verification batches and 1,000,000 incidents. Each province gets its share of the totals by population,
/// so fewer provinces give fewer rows; the fraction scales everything (tests use a tiny one).
/// </summary>
public sealed record NationalOptions(int Provinces = 34, double Fraction = 1.0)
{
    public const int FullRequests = 300_000;
    public const int FullVerificationBatches = 1_500_000;
    public const int FullIncidents = 1_000_000;
    public const int Years = 10;
}

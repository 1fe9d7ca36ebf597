namespace Dashboard.Features.Commendations;

/// <summary>The commendation weights as the settings page edits them (null: the field was left empty).</summary>
public sealed class WeightsForm
{
    public decimal? AnsweredOnTime { get; set; }
    public decimal? AnsweredLate { get; set; }
    public decimal? Verification { get; set; }
    public decimal? IncidentResolved { get; set; }
    public decimal? CriticalBonus { get; set; }
    public decimal? OverdueNow { get; set; }
    public decimal? Threshold { get; set; }
    public int? TopPerAgency { get; set; }

    public static WeightsForm From(CommendationWeights w) => new()
    {
        AnsweredOnTime = w.AnsweredOnTime, AnsweredLate = w.AnsweredLate, Verification = w.Verification, IncidentResolved = w.IncidentResolved,
        CriticalBonus = w.CriticalBonus, OverdueNow = w.OverdueNow, Threshold = w.Threshold, TopPerAgency = w.TopPerAgency,
    };

    /// <summary>Resource keys of the fields, in the page's order.</summary>
    public static readonly IReadOnlyList<string> PointFields =
        ["AnsweredOnTime", "AnsweredLate", "Verification", "IncidentResolved", "CriticalBonus", "OverdueNow"];

    /// <summary>Empty fields and the limits (points −1000…1000, threshold ≥ 0, N 1…100), as (field, problem) resource keys.</summary>
    public IReadOnlyList<(string Field, string Problem)> Problems()
    {
        var problems = new List<(string, string)>();
        decimal?[] points = [AnsweredOnTime, AnsweredLate, Verification, IncidentResolved, CriticalBonus, OverdueNow];
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i] is not { } p)
            {
                problems.Add(("Settings_W_" + PointFields[i], "Val_Required"));
            }
            else if (p is < -1000m or > 1000m)
            {
                problems.Add(("Settings_W_" + PointFields[i], "Settings_Val_Points"));
            }
        }
        if (Threshold is not { } threshold)
        {
            problems.Add(("Settings_Threshold", "Val_Required"));
        }
        else if (threshold < 0)
        {
            problems.Add(("Settings_Threshold", "Settings_Val_Threshold"));
        }
        if (TopPerAgency is not { } top)
        {
            problems.Add(("Settings_TopN", "Val_Required"));
        }
        else if (top is < 1 or > 100)
        {
            problems.Add(("Settings_TopN", "Settings_Val_TopN"));
        }
        return problems;
    }

    /// <summary>Call only when <see cref="Problems"/> is empty.</summary>
    public CommendationWeights ToWeights() => new(
        AnsweredOnTime!.Value, AnsweredLate!.Value, Verification!.Value, IncidentResolved!.Value, CriticalBonus!.Value, OverdueNow!.Value,
        Threshold!.Value, TopPerAgency!.Value);
}

using System.Text.Json;
using Figures = Dashboard.Features.Kpis.Kpis;

namespace Dashboard.Features.Digests;

/// <summary>The figures kept with a run (JSON in <see cref="DigestRun.KeyFigures"/>): the mail body and the history page read them.</summary>
public sealed record DigestKeyFigures(Figures ThisWeek, Figures PreviousWeek, Figures ToDate)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>A run's key figures; those of runs stored before the figures' own records were kept read through <see cref="LegacyKeyFigures"/>.</summary>
    public static DigestKeyFigures Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var stored = document.RootElement;
        return stored.TryGetProperty(nameof(ThisWeek), out var week) && week.TryGetProperty(nameof(Figures.Requests), out _)
            ? stored.Deserialize<DigestKeyFigures>() ?? throw new InvalidDataException("A digest run without key figures.")
            : LegacyKeyFigures.Parse(stored);
    }
}

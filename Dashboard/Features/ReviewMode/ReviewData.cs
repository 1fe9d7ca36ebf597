using Dashboard.Features.Commendations;
using Dashboard.Features.Heatmaps;
using Figures = Dashboard.Features.Kpis.Kpis;

namespace Dashboard.Features.ReviewMode;

/// <summary>What review mode shows: a window beside the previous one of the same length, its heat map and its candidates.</summary>
public sealed record ReviewData(
    Figures Current,
    Figures Previous,
    bool PreviousComparable,
    Heatmap Heatmap,
    CommendationBoardData Candidates,
    DateOnly Today);

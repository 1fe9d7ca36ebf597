namespace Dashboard.Features.Shared;

/// <summary>What the user picked: an agreement code (null: all) and a period.</summary>
public sealed record OverviewSelection(string? Agreement, PeriodKind Kind, DateOnly? CustomFrom = null, DateOnly? CustomTo = null);

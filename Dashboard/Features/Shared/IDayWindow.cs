namespace Dashboard.Features.Shared;

/// <summary>Local days [From, To): what the window picker needs of the window a page shows, whatever computed it.</summary>
public interface IDayWindow
{
    DateOnly From { get; }

    DateOnly To { get; }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Features.Heatmaps;

/// <summary>
/// Markup built once per heat map and language and handed to every page that shows it. The figures of a live page are
/// shared between circuits (<see cref="Overview.SharedFigures"/>); a read-only grid drawn as one piece of markup costs each
/// page one frame instead of the render tree of its cells, and all pages hold the same string. Gone with the heat map.
/// </summary>
internal static class SharedMarkup
{
    private static readonly ConditionalWeakTable<Heatmap, ConcurrentDictionary<string, MarkupString>> Built = [];

    /// <param name="key">Whatever besides the heat map and the language the markup depends on.</param>
    public static MarkupString Of(Heatmap map, string key, Func<string> build) =>
        Built.GetOrCreateValue(map).GetOrAdd($"{System.Globalization.CultureInfo.CurrentUICulture.Name}|{key}", _ => new MarkupString(build()));
}

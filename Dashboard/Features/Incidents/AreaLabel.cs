using Dashboard.Features.People;
using Dashboard.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Features.Incidents;

/// <summary>An area as pickers show it: name and official code, and when it was retired if it has been.</summary>
public static class AreaLabel
{
    public static string Of(AreaChoice area, IStringLocalizer l, DateOnly today) =>
        area.IsRetiredOn(today) ? $"{area.Name} ({area.Code}) — {l["Inc_Retired", Fmt.Date(area.ValidTo!.Value.AddDays(1))]}"
        : $"{area.Name} ({area.Code})";
}

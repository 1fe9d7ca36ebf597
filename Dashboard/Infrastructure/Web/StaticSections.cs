using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Dashboard.Infrastructure.Web;

/// <summary>
/// Read-only sections of a live page rendered once to HTML per shared result and language, and handed to every page that
/// shows that result. A live page's figures are shared between circuits; a section rendered inside each circuit would
/// cost each page its components' render trees (two frame buffers per component, kept for the life of the page), while
/// a section handed over as markup costs one frame, and all pages hold the same string. Sections rendered this way must
/// not need interactivity (no event handlers, no JS); they are gone with the result they were rendered for.
/// </summary>
public sealed class StaticSections(IServiceProvider services, ILoggerFactory logs)
{
    /// <summary>Vietnamese letters as they are (the default encoder writes every non-ASCII letter as an entity).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<Task<MarkupString>>>> _rendered = [];

    /// <summary>
    /// <typeparamref name="TComponent"/> rendered with <paramref name="parameters"/> in the current UI culture, once for
    /// <paramref name="result"/> (the shared object the parameters are taken from) and <paramref name="part"/>.
    /// </summary>
    public async Task<MarkupString> RenderAsync<TComponent>(object result, string part, IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var culture = CultureInfo.CurrentUICulture;
        var key = $"{culture.Name}|{typeof(TComponent).FullName}|{part}";
        var entries = _rendered.GetOrCreateValue(result);
        var entry = entries.GetOrAdd(key, _ => new Lazy<Task<MarkupString>>(() => RenderNowAsync<TComponent>(parameters, culture)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<MarkupString>>>(key, entry));
            throw;
        }
    }

    private async Task<MarkupString> RenderNowAsync<TComponent>(IDictionary<string, object?> parameters, CultureInfo culture)
        where TComponent : IComponent
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(new WithEncoder(scope.ServiceProvider), logs);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
        return new MarkupString(html);
    }

    private sealed class WithEncoder(IServiceProvider services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : services.GetService(serviceType);
    }
}

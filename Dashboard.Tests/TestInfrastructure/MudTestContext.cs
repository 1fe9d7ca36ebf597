using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Dashboard.Infrastructure.Localization;
using Dashboard.Infrastructure.Time;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>A bUnit context with MudBlazor services (zero transitions, loose JS interop), the app's strings and Vietnamese culture.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    /// <param name="configure">More services, added before anything is resolved.</param>
    protected MudTestContext(string culture = Cultures.Vietnamese, Action<IServiceCollection>? configure = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
            o.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<LocalClock>();
        configure?.Invoke(Services);
        Auth = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    /// <summary>The signed-in user as components see it (anonymous until a test says otherwise).</summary>
    protected BunitAuthorizationContext Auth { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected IRenderedComponent<MudPopoverProvider> RenderPopovers() => Render<MudPopoverProvider>();
}

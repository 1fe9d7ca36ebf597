using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dashboard.Infrastructure.Web;

/// <summary>Behind a reverse proxy (ReverseProxy:Enabled): forwarded headers from the configured proxies, HSTS and HTTPS-only cookies.</summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(180));
        return services;
    }

    public static IApplicationBuilder UseReverseProxySupport(this WebApplication app)
    {
        if (app.Configuration.GetValue("ReverseProxy:Enabled", false))
        {
            app.UseForwardedHeaders();
            app.UseHsts();
        }
        return app;
    }
}

using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// What every answer carries (Content-Security-Policy, nosniff, Referrer-Policy, no framing, no Server header), HTTPS
/// outside Development, the client's address from a known balancer, and Swagger UI only where configured.
/// </summary>
public static class HttpSecurity
{
    // Proven in Chromium by the browser tests (SecurityHeaderTests). Scripts: Blazor's and the chart modules are files of
    // this site, and the one inline script, Blazor's import map, is allowed by its hash. Styles: ApexCharts 5.0.0 adds
    // three fixed <style> elements (its stylesheet, its legend's, and the one that hides the toolbar in a PNG/SVG
    // download), allowed by their hashes (a new ApexCharts version fails that test until they are renewed here), and it
    // places tooltips and labels with style attributes, as Blazor and our own markup do: 'unsafe-inline' for attributes
    // only (style-src is the fallback of browsers without CSP 3).
    // Images: the chart's PNG download draws through a data: image. Connections: the circuit's WebSocket is this site.
    // Fonts: this site's own (each language's, decision 0111).
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'{0}; "
        + "style-src 'self' 'unsafe-inline'; style-src-elem 'self' 'sha256-TBymqJXQvXKxe+z+3ydUYBErlkFFu110c5FjiVB8p+M=' 'sha256-aSysLrDECVdJ6L+jLf8CC5QKLmwRuk/OZiZk9mYky8A=' "
        + "'sha256-ldKaHMrzGSSIW+xfazUQODDtk1TUwsVNvMyiVEvVHq4='; "
        + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Swagger UI (where it is on) writes its own styles as &lt;style&gt; elements; its scripts are files.</summary>
    private const string SwaggerUiPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>JSON, CSV and files: nothing in them may run or load anything, even if opened as a document.</summary>
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private static readonly ConditionalWeakTable<ImportMapDefinition, string> s_importMapHashes = [];

    public static IServiceCollection AddHttpSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.ForwardedHeaders.KnownProxies.All(p => IPAddress.TryParse(p, out _)) && o.ForwardedHeaders.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                $"{SecurityOptions.Section}:ForwardedHeaders: KnownProxies must be IP addresses and KnownNetworks CIDR networks (10.0.0.0/24).")
            .Validate(o => o.HstsMaxAge > TimeSpan.Zero && o.ForwardedHeaders.ForwardLimit >= 1,
                $"{SecurityOptions.Section}: HstsMaxAge must be positive and ForwardedHeaders:ForwardLimit at least 1.")
            .ValidateOnStart();
        // Which server software answers is nobody's business.
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityOptions>>((hsts, security) => hsts.MaxAge = security.Value.HstsMaxAge);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((forwarded, security) =>
        {
            var settings = security.Value.ForwardedHeaders;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = settings.ForwardLimit;
            // Only the configured balancers: the defaults would believe any process on this machine.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in settings.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline: the client's real address and scheme, HTTPS, the headers on every answer, error pages
    /// included, and no control character in any query parameter (<see cref="QueryText"/>).
    /// </summary>
    public static WebApplication UseHttpSecurity(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (options.ForwardedHeaders.IsConfigured)
        {
            app.UseForwardedHeaders();
        }
        if (!app.Environment.IsDevelopment())
        {
            if (options.Hsts)
            {
                app.UseHsts();
            }
            if (options.HttpsRedirection)
            {
                app.UseHttpsRedirection();
            }
        }
        app.Use((context, next) =>
        {
            // Set as the answer starts, so that an answer cleared and rewritten on the way (an error, a timeout) has them too.
            context.Response.OnStarting(SetHeaders, context);
            return next(context);
        });
        app.UseQueryTextRule();
        return app;
    }

    /// <summary>The OpenAPI document always; Swagger UI only where <see cref="SecurityOptions.SwaggerUi"/> (or Development) says.</summary>
    public static WebApplication UseApiDocs(this WebApplication app)
    {
        app.UseSwagger();
        if (ServesSwaggerUi(app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value, app.Environment))
        {
            app.UseSwaggerUI();
        }
        return app;
    }

    /// <summary>The OpenAPI document, served in every environment: what the pages link as "the API".</summary>
    public const string OpenApiDocument = "/swagger/v1/swagger.json";

    /// <summary>Whether Swagger UI is served at /swagger: as configured, else in Development only.</summary>
    public static bool ServesSwaggerUi(SecurityOptions options, IHostEnvironment environment) => options.SwaggerUi ?? environment.IsDevelopment();

    private static Task SetHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true ? DataPolicy
            : context.Request.Path.StartsWithSegments("/swagger") ? SwaggerUiPolicy
            : string.Format(CultureInfo.InvariantCulture, PagePolicy, ImportMapSource(context));
        return Task.CompletedTask;
    }

    /// <summary>The hash of the page's import map (an inline script whose text is fixed for a build), as a CSP source.</summary>
    private static string ImportMapSource(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>() is { } importMap
            ? " " + s_importMapHashes.GetValue(importMap, map => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map.ToString())))}'")
            : "";
}

namespace MineralTrade.Web.Infrastructure;

/// <summary>The <c>Security</c> section (<c>Security__SwaggerUi=true</c> in the environment). docs/security.md explains each.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Outside Development, redirect HTTP to HTTPS. Off where a balancer that ends TLS talks plain HTTP to the app and does not say so in <c>X-Forwarded-Proto</c>.</summary>
    public bool HttpsRedirection { get; set; } = true;

    /// <summary>Outside Development, send <c>Strict-Transport-Security</c> on HTTPS answers.</summary>
    public bool Hsts { get; set; } = true;

    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Serve Swagger UI at /swagger. Unset: on in Development only. The OpenAPI document itself is always served.</summary>
    public bool? SwaggerUi { get; set; }

    /// <summary>The balancers in front of the app, whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}

/// <summary>
/// Without an entry here, forwarded headers are ignored and a client is the address that connected: behind a balancer
/// that is the balancer, and every client shares its limits.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Proxy addresses, such as <c>10.0.0.5</c> or <c>127.0.0.1</c> for HAProxy on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to believe, from the nearest.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

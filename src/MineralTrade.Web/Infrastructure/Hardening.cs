namespace MineralTrade.Web.Infrastructure;

/// <summary>The services behind the headers, limits, timeouts and health endpoints (docs/security.md).</summary>
public static class Hardening
{
    public static IServiceCollection AddHardening(this IServiceCollection services) => services
        .AddHttpSecurity()
        .AddRequestLimits()
        .AddCircuitLimits()
        .AddHealthEndpoints()
        // The pages' prerender reads with the request's token, so that its timeout stops them (DashboardPage).
        .AddHttpContextAccessor();
}

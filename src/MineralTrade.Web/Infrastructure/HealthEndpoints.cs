using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// For load balancers: <c>/health</c> says the process answers (liveness, no check), <c>/health/ready</c> that it can
/// serve figures (readiness: the database answers and holds every migration). 200 "Healthy" or 503 "Unhealthy".
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<MineralTradeDbContext>(
            "database",
            tags: [Ready],
            customTestQuery: async (db, cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken) && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any());
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // A balancer polls from one address (its own): its probes must never be rate limited, or a busy site drops out.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting().WithRequestTimeout(TimeSpan.FromSeconds(5));
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) })
            .DisableRateLimiting().WithRequestTimeout(TimeSpan.FromSeconds(10));
        return app;
    }
}

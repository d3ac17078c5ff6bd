using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Targets;

public static class TargetEndpoints
{
    public static IEndpointRouteBuilder MapTargetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/targets").WithTags("Targets")
            .MapGet("/", GetTargets)
            .WithName(nameof(GetTargets))
            .WithSummary("Stated goals (not trade figures), such as the $6-8 bn a year mineral exports goal, with their sources.");
        return app;
    }

    public static async Task<Ok<List<Target>>> GetTargets(IDbContextFactory<MineralTradeDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await db.Targets.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken));
    }
}

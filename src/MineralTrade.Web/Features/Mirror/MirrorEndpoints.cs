using Microsoft.AspNetCore.Http.HttpResults;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>One page of <c>/api/mirror</c>; the next page is in the <c>Link</c> header, and <see cref="Next"/>.</summary>
/// <param name="Total">Comparisons matching the filter: a flow, HS code and months that two or more named reporters give.</param>
/// <param name="Limit">Comparisons a page (the <c>limit</c> asked for, or the default).</param>
/// <param name="MaxLimit">The largest <c>limit</c> allowed.</param>
/// <param name="Next">The cursor of the next page (null on the last): the <c>cursor</c> parameter of the <c>Link</c> header's URL.</param>
/// <param name="Pairs">This page's pairs, one per two reporters of each comparison (three reporters give three pairs).</param>
/// <param name="NotPaired">Flows, codes and months that two or more reporters give but that are not (all) paired, because
/// their figures do not count the same thing (goods against goods and services, or a total that does not say): /compare lists them.</param>
/// <param name="NotPairedReason">Why, in a sentence; null where <paramref name="NotPaired"/> is 0.</param>
public sealed record MirrorAnswer(int Total, int Limit, int MaxLimit, string? Next, IReadOnlyList<MirrorRow> Pairs, int NotPaired, string? NotPairedReason);

public static class MirrorEndpoints
{
    public static IEndpointRouteBuilder MapMirrorEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Mirror");

        api.MapGet("/mirror", GetMirror)
            .WithName(nameof(GetMirror))
            .WithSummary("Reporters side by side: for each flow, HS code and months that two or more reporters give, their figures and the gap, a page at a time (limit, and the cursor of the Link header's next page).")
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/mirror.csv", GetMirrorCsv)
            .WithName(nameof(GetMirrorCsv))
            .WithSummary("Every pair of /api/mirror for the same filters (all pages), as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithRequestTimeout(RequestLimits.Extract);

        return app;
    }

    public static async Task<Results<Ok<MirrorAnswer>, ValidationProblem>> GetMirror(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, MirrorService service, HttpContext http, CancellationToken cancellationToken)
    {
        // Every check made, so that one answer names every bad parameter.
        var parsed = query.TryParse(out var filter, out var errors);
        parsed &= page.TryParse(MirrorService.Order, errors, out var limit, out var after);
        // The numbered pages of the first release: a script that still sends them would get page 1 again and again.
        foreach (var old in s_numberedPaging.Where(http.Request.Query.ContainsKey))
        {
            errors[old] = [$"{old}: /api/mirror pages by '{PageQuery.LimitParameter}' and '{PageQuery.CursorParameter}', as the other lists do. Allowed: limit=1 to {FigureService.MaxLimit}, and the cursor of the Link header's next page."];
            parsed = false;
        }
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        var (total, result) = await service.GetAfterAsync(filter, after, limit, cancellationToken);
        var notPaired = await service.CountUnpairedAsync(filter, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(new MirrorAnswer(total, limit, FigureService.MaxLimit, result.Next, [.. result.Items.Select(MirrorRow.From)],
            notPaired, notPaired == 0 ? null : UnpairedComparison.Why(Language.English)));
    }

    private static readonly string[] s_numberedPaging = ["page", "pageSize"];

    public static Results<PushStreamHttpResult, ValidationProblem> GetMirrorCsv([AsParameters] FigureQuery query, MirrorService service)
    {
        if (!query.TryParse(out var filter, out var errors))
        {
            return QueryProblem.Invalid(errors);
        }
        return TypedResults.Stream(
            stream => SiteCsv<MirrorRow>.WriteAsync(stream, service.StreamAsync(filter).Select(MirrorRow.From)),
            FigureCsv.ContentType,
            MirrorRow.FileName(filter));
    }
}

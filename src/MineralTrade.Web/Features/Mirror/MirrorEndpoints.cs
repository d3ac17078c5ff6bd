using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>One page of <c>/api/mirror</c>.</summary>
/// <param name="Total">Comparisons matching the filter: a flow, HS code and months that two or more named reporters give.</param>
/// <param name="Pairs">This page's pairs, one per two reporters of each comparison (three reporters give three pairs).</param>
public sealed record MirrorAnswer(int Total, int Page, int PageSize, int Pages, int MaxPageSize, IReadOnlyList<MirrorRow> Pairs);

/// <summary>Which page of comparisons: read as text so that a bad value gets a problem+json answer naming it.</summary>
public sealed record MirrorPaging(
    [FromQuery(Name = "page")] [property: Description("Page of comparisons, from 1")] string? Page,
    [FromQuery(Name = "pageSize")] [property: Description("Comparisons per page, 1 to 1000 (100 by default)")] string? PageSize)
{
    public bool TryParse(out int page, out int pageSize, Dictionary<string, string[]> errors)
    {
        page = 1;
        pageSize = MirrorService.DefaultPageSize;
        if (Page is { Length: > 0 } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors["page"] = [$"page: '{p}' is not a page number. Allowed: 1 or more."];
        }
        if (PageSize is { Length: > 0 } s && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MirrorService.MaxPageSize))
        {
            errors["pageSize"] = [$"pageSize: '{s}' is not a page size. Allowed: 1 to {MirrorService.MaxPageSize}."];
        }
        // The largest page whose first row an int can address: beyond it no comparison exists.
        if (errors.Count == 0 && (long)(page - 1) * pageSize > int.MaxValue)
        {
            errors["page"] = [$"page: {page} is beyond any store. Allowed: 1 to {int.MaxValue / pageSize + 1} at this page size."];
        }
        return errors.Count == 0;
    }
}

public static class MirrorEndpoints
{
    public static IEndpointRouteBuilder MapMirrorEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Mirror");

        api.MapGet("/mirror", GetMirror)
            .WithName(nameof(GetMirror))
            .WithSummary("Reporters side by side: for each flow, HS code and months that two or more reporters give, their figures and the gap, a page at a time.")
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/mirror.csv", GetMirrorCsv)
            .WithName(nameof(GetMirrorCsv))
            .WithSummary("Every pair of /api/mirror for the same filters (all pages), as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithRequestTimeout(RequestLimits.Extract);

        return app;
    }

    public static async Task<Results<Ok<MirrorAnswer>, ValidationProblem>> GetMirror(
        [AsParameters] FigureQuery query, [AsParameters] MirrorPaging paging, MirrorService service, CancellationToken cancellationToken)
    {
        // Both checked, so that one answer names every bad parameter.
        var filterOk = query.TryParse(out var filter, out var errors);
        if (!paging.TryParse(out var page, out var pageSize, errors) || !filterOk)
        {
            return Invalid(errors);
        }
        var result = await service.GetPageAsync(filter, page, pageSize, cancellationToken);
        return TypedResults.Ok(new MirrorAnswer(result.Total, result.Page, result.PageSize, result.Pages, MirrorService.MaxPageSize,
            [.. result.Pairs.Select(MirrorRow.From)]));
    }

    public static Results<PushStreamHttpResult, ValidationProblem> GetMirrorCsv([AsParameters] FigureQuery query, MirrorService service)
    {
        if (!query.TryParse(out var filter, out var errors))
        {
            return Invalid(errors);
        }
        return TypedResults.Stream(
            stream => MirrorRow.WriteAsync(stream, service.StreamAsync(filter).Select(MirrorRow.From)),
            FigureCsv.ContentType,
            MirrorRow.FileName(filter));
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: $"Check the query parameters: {string.Join(", ", errors.Keys)}.");
}

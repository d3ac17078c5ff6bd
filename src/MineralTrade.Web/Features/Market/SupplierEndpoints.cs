using Microsoft.AspNetCore.Http.HttpResults;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>The world total of <c>/api/suppliers</c>: the importer's own world figure, or the partners added up (a lower bound).</summary>
/// <param name="FigureIds">The world figures added (none for a sum of partners), space-separated.</param>
public sealed record WorldRow(
    decimal ValueUsd, DerivedQualifier Qualifier, WorldBasis Basis, string Note, decimal? Quantity, string? QuantityUnit,
    decimal? UnitValueUsd, string? UnitValuePer, string? SourcePublisher, DateOnly? SourceDate, string? SourceUrl, string FigureIds);

/// <summary>The market's average unit value: what the importer paid all its suppliers per unit, and over what.</summary>
public sealed record MarketRow(decimal UnitValueUsd, string UnitValuePer, DerivedQualifier Qualifier, MarketBasis Basis, int Partners, decimal ValueUsd, string Note);

/// <summary>One page of <c>/api/suppliers</c>, with the table's context; the next page is in the <c>Link</c> header and in <see cref="Next"/>.</summary>
/// <param name="Pakistan">Pakistan's row, whatever page it is on; null where the importer reports no figure from Pakistan for the months.</param>
/// <param name="Total">Partners in the table (every page).</param>
/// <param name="CoveragePercent">The partners held as a share of a reported world figure.</param>
public sealed record SupplierAnswer(
    string Reporter, string Importer, string HsCode, string Product, WindowKind Window, string PeriodStart, string PeriodEnd, string PeriodLabel,
    WorldRow? World, decimal PartnersValueUsd, decimal? CoveragePercent, MarketRow? Market, SupplierRow? Pakistan, IReadOnlyList<string> Notes,
    int Total, int Limit, int MaxLimit, string? Next, IReadOnlyList<SupplierRow> Rows);

public static class SupplierEndpoints
{
    public static IEndpointRouteBuilder MapSupplierEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Market");

        api.MapGet("/suppliers", GetSuppliers)
            .WithName(nameof(GetSuppliers))
            .CacheOutput(DataVersionOutputCache.Policy)
            .WithSummary("An importer's suppliers of one HS code (China's by default): each partner's value, quantity, unit value, share of the world and rank, a page at a time; Pakistan's row always.");

        api.MapGet("/suppliers.csv", GetSuppliersCsv)
            .WithName(nameof(GetSuppliersCsv))
            .WithSummary("Every row of /api/suppliers for the same query (all pages), as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: FigureCsv.ContentType);

        return app;
    }

    public static async Task<Results<Ok<SupplierAnswer>, ValidationProblem, ProblemHttpResult>> GetSuppliers(
        [AsParameters] SupplierQuery query, [AsParameters] PageQuery page, SupplierService service, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = query.TryParse(out var request, errors);
        parsed &= page.TryParse(SupplierRow.Order, errors, out var limit, out var after);
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        if (await service.GetAsync(request, cancellationToken) is not var (table, product))
        {
            return NoFigures(request);
        }
        var rows = table.Lines.Select(l => SupplierRow.From(table, l)).ToList();
        var start = after.Length == 0 ? 0 : rows.FindIndex(r => SupplierRow.Order.Compare(SupplierRow.Order.KeyOf(r), after) > 0);
        var rest = start < 0 ? [] : rows[start..];
        var next = rest.Count > limit ? Cursor.Write(SupplierRow.Order.KeyOf(rest[limit - 1])) : null;
        PageQuery.NextLink(http, next);
        return TypedResults.Ok(new SupplierAnswer(
            table.Reporter, table.Importer, table.HsCode, product, table.Window.Kind, Period.Format(table.Window.Start), Period.Format(table.Window.End),
            table.Window.Words, World(table), table.PartnersUsd, table.CoveragePercent, Market(table),
            rows.FirstOrDefault(r => r.Partner == SupplierTable.Focus), table.Notes, rows.Count, limit, FigureService.MaxLimit, next, [.. rest.Take(limit)]));
    }

    /// <summary>Every row of the table, the JSON's fields in the same order.</summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetSuppliersCsv(
        [AsParameters] SupplierQuery query, SupplierService service, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!query.TryParse(out var request, errors))
        {
            return QueryProblem.Invalid(errors);
        }
        if (await service.GetAsync(request, cancellationToken) is not var (table, _))
        {
            return NoFigures(request);
        }
        return TypedResults.Stream(
            stream => SiteCsv<SupplierRow>.WriteAsync(stream, table.Lines.Select(l => SupplierRow.From(table, l))),
            FigureCsv.ContentType,
            SupplierRow.FileName(table));
    }

    private static WorldRow? World(SupplierTable table)
    {
        if (table.World is not { } w)
        {
            return null;
        }
        var figures = w.Sum?.Figures ?? [];
        var (publisher, date, url) = figures.Count == 0 ? (null, null, null) : SupplierRow.Sources(figures);
        var unit = w.Sum?.UnitValue;
        return new WorldRow(w.ValueUsd, w.Qualifier, w.Basis, w.Words, w.Sum?.Quantity, w.Sum?.QuantityUnit,
            unit is null ? null : Math.Round(unit.UsdPerUnit, 2), unit?.Per, publisher, date, url, string.Join(' ', figures.Select(f => f.Id)));
    }

    private static MarketRow? Market(SupplierTable table) => table.Market is { } m
        ? new MarketRow(Math.Round(m.UnitValue.UsdPerUnit, 2), m.UnitValue.Per, m.UnitValue.Qualifier, m.Basis, m.Partners, m.CoveredUsd, m.Words)
        : null;

    /// <summary>Nothing to make a table of: not an error of the request, but said as a problem naming what is missing.</summary>
    private static ProblemHttpResult NoFigures(SupplierRequest request) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No figures for this table",
        detail: $"The store holds no {(request.Kind == WindowKind.Year ? "annual" : "monthly")} figure of {request.Reporter} for imports into {request.Importer} of HS {request.HsCode}.");
}

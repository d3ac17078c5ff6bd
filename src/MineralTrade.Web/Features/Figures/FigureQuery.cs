using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The filter parameters every figures endpoint takes. All are read as text so that a bad value gets a
/// problem+json answer naming it, rather than a binding failure; those that take one value as every value given, so that
/// the API reads a repeated parameter as the pages do (<c>to=2021&amp;to=2021</c> is 2021, two years are an error).
/// </summary>
public sealed record FigureQuery(
    [FromQuery(Name = FilterParameter.Category)] [property: Description("Mineral category, repeatable: ?category=copper&category=zinc")] string[]? Category,
    [FromQuery(Name = FilterParameter.Hs)] [property: Description("HS code (74, 2603, 253010, TOTAL), repeatable; 74* is 74 and every code inside it")] string[]? Hs,
    [FromQuery(Name = FilterParameter.Reporter)] [property: Description("Reporter (CN-GACC, PK-SBP, PK-PBS, unstated...), repeatable")] string[]? Reporter,
    [FromQuery(Name = FilterParameter.Exporter)] [property: Description("Exporter, ISO 3166 alpha-2 or WORLD")] StringValues? Exporter,
    [FromQuery(Name = FilterParameter.Importer)] [property: Description("Importer, ISO 3166 alpha-2 or WORLD")] StringValues? Importer,
    [FromQuery(Name = FilterParameter.From)] [property: Description("First year (periods starting in it or later)")] StringValues? From,
    [FromQuery(Name = FilterParameter.To)] [property: Description("Last year (periods ending in it or earlier)")] StringValues? To,
    [FromQuery(Name = FilterParameter.Period)] [property: Description("annual, half-year, quarter, month, fiscal-year, other or any")] StringValues? Period)
{
    public bool TryParse(out FigureFilter filter, out Dictionary<string, string[]> errors) =>
        FigureFilter.TryParse(
        [
            new(FilterParameter.Category, Category), new(FilterParameter.Hs, Hs), new(FilterParameter.Reporter, Reporter), new(FilterParameter.Exporter, Exporter ?? StringValues.Empty),
            new(FilterParameter.Importer, Importer ?? StringValues.Empty), new(FilterParameter.From, From ?? StringValues.Empty), new(FilterParameter.To, To ?? StringValues.Empty), new(FilterParameter.Period, Period ?? StringValues.Empty),
        ], out filter, out errors);
}

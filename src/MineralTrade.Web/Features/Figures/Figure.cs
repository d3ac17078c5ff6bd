using System.Linq.Expressions;
using System.Text.Json.Serialization;

namespace MineralTrade.Web.Features.Figures;

/// <summary>One published trade figure, stored as its source gave it: never pre-aggregated.</summary>
public sealed class Figure : IFilteredRow
{
    /// <summary>
    /// The largest value or quantity a figure may hold (10^15): far beyond any trade figure, and small enough that the
    /// REAL column gives back the same decimal (docs/decisions/0004).
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>
    /// What makes a figure the same figure: who reported which flow, when, for what code, according to whom. Declared
    /// here once: the store's unique index (Data/Configurations/FigureConfiguration.cs) is made from it, and imports
    /// match figures by that index (Features/Imports/FigureColumns.cs).
    /// </summary>
    public static readonly Expression<Func<Figure, object?>> NaturalKey =
        f => new { f.Reporter, f.Exporter, f.Importer, f.HsCode, f.PeriodStart, f.PeriodEnd, f.SourcePublisher, f.SourceUrl };

    public int Id { get; set; }

    /// <summary>Whose statistics: <c>CN-GACC</c>, <c>PK-SBP</c>, <c>PK-PBS</c>, <c>unstated</c>, or what an import brings.</summary>
    public required string Reporter { get; set; }

    /// <summary>ISO 3166 alpha-2, or <c>WORLD</c>.</summary>
    public required string Exporter { get; set; }

    public required string Importer { get; set; }

    /// <summary>First month covered, as yyyymm (202501): integers compare and index in SQLite.</summary>
    public int PeriodStart { get; set; }

    /// <summary>Last month covered, inclusive, as yyyymm.</summary>
    public int PeriodEnd { get; set; }

    /// <summary>Derived from the two months when the figure is stored, so that SQL can filter on it.</summary>
    public PeriodKind PeriodKind { get; set; }

    /// <summary>Chapter (<c>74</c>), heading (<c>2603</c>), subheading (<c>253010</c>) or <c>TOTAL</c>.</summary>
    public required string HsCode { get; set; }

    public required string Product { get; set; }

    /// <summary>Derived from the HS code when the figure is stored (see <see cref="HsClassification"/>).</summary>
    public required string Category { get; set; }

    public Stage Stage { get; set; }

    /// <summary>US dollars, current prices; null where the source names the product without a value.</summary>
    public decimal? ValueUsd { get; set; }

    public decimal? Quantity { get; set; }

    public string? QuantityUnit { get; set; }

    public Qualifier Qualifier { get; set; }

    /// <summary>
    /// What the value counts: goods (what customs record, and every HS code), or goods and services (a State Bank
    /// statement); never paired with a figure of other coverage (docs/decisions/0067).
    /// </summary>
    public Coverage Coverage { get; set; }

    public required string SourcePublisher { get; set; }

    public DateOnly? SourceDate { get; set; }

    public string? SourceUrl { get; set; }

    /// <summary>An official statistical dataset is preferred over a press report wherever one value must be chosen.</summary>
    public SourceKind SourceKind { get; set; }

    public string? Note { get; set; }

    /// <summary>The import (or seeding) that brought the figure.</summary>
    public int? ImportId { get; set; }

    /// <summary>Sets the fields that are derived from the HS code and the period.</summary>
    public Figure Classify()
    {
        var (category, stage) = HsClassification.Classify(HsCode);
        Category = category.Id;
        Stage = stage;
        PeriodKind = Period.KindOf(PeriodStart, PeriodEnd);
        return this;
    }
}

/// <summary>How the source states the value.</summary>
public enum Qualifier
{
    [JsonStringEnumMemberName("exact")] Exact,
    /// <summary>"exceeded", "above", "crossed": a lower bound.</summary>
    [JsonStringEnumMemberName("at_least")] AtLeast,
    [JsonStringEnumMemberName("approximate")] Approximate,
    [JsonStringEnumMemberName("named_without_value")] NamedWithoutValue,
}

/// <summary>How far the goods were processed: what lets the dashboard show value added against raw extraction.</summary>
public enum Stage
{
    [JsonStringEnumMemberName("ore")] Ore,
    [JsonStringEnumMemberName("metal")] Metal,
    [JsonStringEnumMemberName("articles")] Articles,
    [JsonStringEnumMemberName("scrap")] Scrap,
    /// <summary>A whole metal chapter (74, 76...): unwrought metal and articles together, all processed.</summary>
    [JsonStringEnumMemberName("metal-and-articles")] MetalAndArticles,
    [JsonStringEnumMemberName("total")] Total,
    [JsonStringEnumMemberName("unclassified")] Unclassified,
}

/// <summary>What a figure counts. Only an all-goods figure (<c>TOTAL</c>) can be other than goods: services have no HS code.</summary>
public enum Coverage
{
    [JsonStringEnumMemberName("goods")] Goods,
    /// <summary>Goods and services together: the State Bank's figures by country say so where they are.</summary>
    [JsonStringEnumMemberName("goods_and_services")] GoodsAndServices,
    /// <summary>A total whose source does not say whether services are in it.</summary>
    [JsonStringEnumMemberName("unstated")] Unstated,
}

public enum SourceKind
{
    [JsonStringEnumMemberName("press")] Press,
    [JsonStringEnumMemberName("dataset")] Dataset,
}

public enum PeriodKind
{
    [JsonStringEnumMemberName("annual")] Annual,
    [JsonStringEnumMemberName("half-year")] HalfYear,
    [JsonStringEnumMemberName("quarter")] Quarter,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("fiscal-year")] FiscalYear,
    /// <summary>Any other run of months, such as January to May.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

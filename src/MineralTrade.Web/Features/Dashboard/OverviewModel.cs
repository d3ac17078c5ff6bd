using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>Who sold to whom: the charts that add figures show one flow at a time.</summary>
public sealed record Flow(string Exporter, string Importer)
{
    public string Label => $"{Exporter} → {Importer}";
}

/// <summary>A figure where it is shown: value as read with its qualifier, and where it was read.</summary>
public sealed record Provenance(string Reporter, string Publisher, string? SourceDate, string? SourceUrl)
{
    public static Provenance Of(Figure f) =>
        new(f.Reporter, f.SourcePublisher, f.SourceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.SourceUrl);

    public string Text => $"{Reporter}; {Publisher}{(SourceDate is null ? "" : ", " + SourceDate)}";
}

/// <summary>One card of the latest full year: a product's figure, its growth where a like period exists.</summary>
public sealed record Headline(
    string Product, string HsCode, string CategoryName, string PeriodLabel, decimal ValueUsd, string Display,
    CardGrowth? Growth, Provenance Source, string? Note)
{
    /// <summary>What the card says when pointed at: product, period, value and source in one line.</summary>
    public string Tooltip => $"{Product} ({HsCode}), {PeriodLabel}: {Display}. Source: {Source.Text}";
}

/// <summary>Which way a growth went: green up, red down. No change reads as up, as a bar of zero is drawn.</summary>
public enum GrowthDirection
{
    Up,
    Down,
}

/// <summary>A card's like-for-like growth: the rate with its qualifier, and what it is against.</summary>
/// <param name="Note">The earlier period and value, and why the rate is flagged where it is.</param>
public sealed record CardGrowth(decimal Percent, string Display, bool Flagged, string Note)
{
    public GrowthDirection Direction => OverviewText.Direction(Percent);
}

/// <summary>A category's sum for one reporter, flow and period, as one point of a chart.</summary>
/// <param name="Components">The figures added, as <c>HS code</c> with its value: what a reader checks the sum against.</param>
/// <param name="PeriodStart">First month (yyyymm): where the point sits on a time axis.</param>
public sealed record TotalPoint(
    string Category, string CategoryName, int PeriodStart, int PeriodEnd, string PeriodLabel, int Year, decimal ValueUsd, DerivedQualifier Qualifier, string Display,
    string Reporter, string Sources, IReadOnlyList<string> Components, IReadOnlyList<string> Codes);

/// <summary>One line of the By year chart: one category, one kind of period (full years, H1, fiscal years...).</summary>
public sealed record YearSeries(string Category, string Name, IReadOnlyList<TotalPoint> Points);

/// <summary>Processed stages against raw ones for one reporter, flow and period where both have a value.</summary>
public sealed record ValueAddedPoint(
    string PeriodLabel, int PeriodEnd, string Reporter, decimal ProcessedUsd, string ProcessedDisplay, decimal RawUsd, string RawDisplay,
    decimal ProcessedSharePercent, bool Indicative, IReadOnlyList<string> Processed, IReadOnlyList<string> Raw);

/// <summary>The stated goal against what is known, and the yearly growth it takes.</summary>
/// <param name="BaseYear">The year the stated baseline is taken for: the last full year when it was said.</param>
/// <param name="RequiredLowPercent">Compound yearly growth from the baseline to the low end of the goal by <see cref="ByYear"/>.</param>
public sealed record TargetTrack(
    string Name, string Scope, Flow Flow, decimal LowUsd, decimal HighUsd, int ByYear,
    decimal? BaselineUsd, string? BaselineStatement, string? BaselineSource, string? BaselineSourceUrl, int? BaseYear,
    decimal? RequiredLowPercent, decimal? RequiredHighPercent,
    string SourcePublisher, string? SourceUrl, string? Note,
    IReadOnlyList<TotalPoint> Known, Flow? KnownFlow);

/// <summary>A product the source names as contributing, without a number: listed, never drawn as zero.</summary>
public sealed record NamedProduct(string Product, string HsCode, string CategoryName, string PeriodLabel, Provenance Source);

/// <summary>Everything the overview shows for one filter, computed once per filter.</summary>
/// <param name="Query">The filter's query string: what the model was computed for.</param>
/// <param name="LatestPeriod">The period of the cards and the By category chart: the latest full year, or the latest period of the kind the filter asks for.</param>
/// <param name="Rows">Every figure matching the filter: exactly what Download CSV gives.</param>
/// <param name="ChartsAllCategories">The view holds no mineral figure, so the charts show what it holds (the State Bank's all goods).</param>
public sealed record OverviewModel(
    string Query,
    Flow? Flow,
    IReadOnlyList<Flow> OtherFlows,
    string? LatestPeriod,
    IReadOnlyList<Headline> Headlines,
    IReadOnlyList<TotalPoint> ByCategory,
    IReadOnlyList<YearSeries> ByYear,
    IReadOnlyList<GrowthRate> Growth,
    int GrowthCount,
    IReadOnlyList<ValueAddedPoint> ValueAdded,
    TargetTrack? Target,
    IReadOnlyList<NamedProduct> NamedWithoutValue,
    IReadOnlyList<Figure> Rows,
    bool ChartsAllCategories = false);

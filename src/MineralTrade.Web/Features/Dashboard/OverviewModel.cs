using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>One card of the latest full year: a product's figure, its growth where a like period exists.</summary>
/// <param name="Windows">The series' year to date and 12 months, where it has monthly figures (docs/decisions/0066).</param>
public sealed record Headline(
    string Product, string HsCode, string CategoryName, string PeriodLabel, decimal ValueUsd, string Display,
    CardGrowth? Growth, Provenance Source, string? Note, IReadOnlyList<Market.WindowRate> Windows)
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
/// <param name="Range">The range the published roundings allow, where it says more than the rate (<see cref="Money.RoundingRange(GrowthRate)"/>).</param>
public sealed record CardGrowth(decimal Percent, string Display, bool Flagged, string Note, string? Range = null)
{
    public GrowthDirection Direction => OverviewText.Direction(Percent);
}

/// <summary>A category's total within one group (reporter, flow, period, publisher where <c>unstated</c>), as one point of a chart.</summary>
/// <param name="Publisher">The source publisher where the reporter is <c>unstated</c> (then part of the group), else empty.</param>
/// <param name="Components">The figures added, as <c>HS code</c> with its value: what a reader checks the sum against (the first of them, and how many).</param>
/// <param name="Codes">The basket: the HS codes added.</param>
/// <param name="PeriodStart">First month (yyyymm): where the point sits on a time axis.</param>
public sealed record TotalPoint(
    string Category, string CategoryName, int PeriodStart, int PeriodEnd, string PeriodLabel, int Year, decimal ValueUsd, DerivedQualifier Qualifier, string Display,
    string Reporter, string Publisher, string Sources, Listed Components, IReadOnlyList<string> Codes);

/// <summary>
/// One line of a By year chart (<see cref="YearLines"/>): one category's totals of one reporter (and publisher), one
/// kind of period and one basket of HS codes (docs/decisions/0093); where a later basket holds the earlier one and
/// more, the line goes on and <see cref="Changes"/> says where and what it adds (decision 0099).
/// </summary>
/// <param name="Name">What the line sums: <c>Aluminium: 2606, + 76 from 2025, CN-GACC, full years</c>.</param>
/// <param name="Shape">The kind of period in words: <c>full years</c>.</param>
/// <param name="Basket">The codes the latest point adds.</param>
public sealed record YearSeries(
    string Category, string Name, string Reporter, string Publisher, string Shape, IReadOnlyList<string> Basket, IReadOnlyList<TotalPoint> Points)
{
    public PeriodKind Kind { get; init; } = PeriodKind.Annual;

    /// <summary>Where the basket widens, in period order.</summary>
    public IReadOnlyList<BasketChange> Changes { get; init; } = [];

    /// <summary>Lines of the same kind of period not drawn (<see cref="YearLines.MaxSeries"/> at most a chart): what its chart says.</summary>
    public int KindLeftOut { get; init; }
}

/// <summary>Where a line's basket widens: from <paramref name="PeriodStart"/> on, the sum adds <paramref name="AddedCodes"/> too.</summary>
/// <param name="BeforeCodes">The basket of the points before it.</param>
public sealed record BasketChange(int PeriodStart, string PeriodLabel, IReadOnlyList<string> AddedCodes, IReadOnlyList<string> BeforeCodes)
{
    /// <summary>The codes added, as the model's (English) names write them (<see cref="OverviewText.Basket(IEnumerable{string})"/>).</summary>
    public string Added { get; } = OverviewText.Basket(AddedCodes);

    /// <summary>The codes before, named as <see cref="Added"/>.</summary>
    public string Before { get; } = OverviewText.Basket(BeforeCodes);

    /// <summary>What the point's mark and tooltip say.</summary>
    public string Words => $"From {PeriodLabel}, the sum adds {Added} too (before: {Before})";
}

/// <summary>
/// Processed stages against raw ones for one reporter, flow and period where both have a value, counting the products
/// of its view (docs/decisions/0092).
/// </summary>
/// <param name="Series">The group and kind of period (<c>CN-GACC, full years</c>): the points of one series are compared.</param>
/// <param name="Processed">The figures counted as processed, as <c>HS code</c> with its value (the first of them, and how many).</param>
/// <param name="Sources">The publishers of the figures counted.</param>
/// <param name="Difference">The products one view counts for this period and the other does not (docs/decisions/0092): what
/// "all products known" adds to the same products, whichever view the point is from.</param>
/// <param name="ProcessedQualifier">How the processed sum is to be read: a lower bound where one of its parts is.</param>
public sealed record ValueAddedPoint(
    string PeriodLabel, int PeriodEnd, string Reporter, string Series, decimal ProcessedUsd, string ProcessedDisplay, decimal RawUsd, string RawDisplay,
    decimal ProcessedSharePercent, DerivedQualifier ProcessedQualifier, DerivedQualifier RawQualifier, Listed Processed, Listed Raw, Listed Difference, string Sources)
{
    /// <summary>True where a bound or an approximate figure is involved: not to be read as exact.</summary>
    public bool Indicative => ProcessedQualifier != DerivedQualifier.Exact || RawQualifier != DerivedQualifier.Exact;

    /// <summary>The bar's name: <c>2025 (CN-GACC) *</c>, the star where a bound or an approximate figure is in it.</summary>
    public string Label => $"{PeriodLabel} ({Reporters.Label(Reporter, Languages.Language.English)}){(Indicative ? " *" : "")}";

    /// <summary>
    /// How the processed share is to be read: a processed lower bound over an exact raw sum makes it a lower bound, an
    /// exact processed sum over a raw lower bound an upper one; two bounds, or an approximate part, leave it approximate.
    /// </summary>
    public DerivedQualifier ShareQualifier => Comparisons.Ratio(ProcessedQualifier, RawQualifier).Qualifier;

    /// <summary>The share with its sign, rounded toward the bound: <c>≤ 78.1%</c>.</summary>
    public string ShareDisplay => Money.Share(SharePercent, ShareQualifier);

    /// <summary>The processed share to one decimal, rounded toward the bound, as shown.</summary>
    public decimal SharePercent => Money.Rounded(ProcessedUsd / (ProcessedUsd + RawUsd) * 100m, ShareQualifier);

    /// <summary>Why the share is not exact, in words; null where it is.</summary>
    public string? ShareNote => Comparisons.Ratio(ProcessedQualifier, RawQualifier).Reading switch
    {
        RatioReading.Exact => null,
        RatioReading.FirstIsBound => "the processed sum is a lower bound: the share is at least this",
        RatioReading.SecondIsBound => "the raw sum is a lower bound: the share is at most this",
        RatioReading.BothBounds => "both sums are lower bounds: the share may be higher or lower",
        _ => "an approximate figure is counted",
    };
}

/// <summary>The Value added chart's two views: the same products in every compared period (the default), and all known.</summary>
/// <param name="NoCommonProducts">Series whose periods have no processed or no raw product in common: no same-products point.</param>
public sealed record ValueAdded(
    IReadOnlyList<ValueAddedPoint> SameProducts, IReadOnlyList<ValueAddedPoint> AllKnown, IReadOnlyList<string> NoCommonProducts)
{
    /// <summary>
    /// The periods not drawn per reporter and kind of period (<see cref="OverviewBuilder.MaxValueAddedBars"/>):
    /// <c>PK-PBS, months: 24 periods</c>. The CSV of the view has their figures.
    /// </summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];
}

/// <summary>The stated goal against what is known, and the yearly growth it takes.</summary>
/// <param name="BaseYear">The year the stated baseline is taken for: the last full year when it was said.</param>
/// <param name="RequiredLowPercent">Compound yearly growth from the baseline to the low end of the goal by <see cref="ByYear"/>.</param>
public sealed record TargetTrack(
    string Name, string Scope, Flow Flow, decimal LowUsd, decimal HighUsd, int ByYear,
    decimal? BaselineUsd, string? BaselineStatement, string? BaselineSource, string? BaselineSourceUrl, int? BaseYear,
    decimal? RequiredLowPercent, decimal? RequiredHighPercent,
    string SourcePublisher, string? SourceUrl, string? Note,
    IReadOnlyList<TotalPoint> Known, Flow? KnownFlow)
{
    /// <summary>The series of the known sums, as the chart's legend names it.</summary>
    public string KnownName => $"Known: mineral categories{(KnownFlow is { } f ? ", " + f.Label : "")} (lower bound)";

    /// <summary>
    /// The paths from the stated baseline to each end of the goal, compounded yearly from <see cref="BaseYear"/> to
    /// <see cref="ByYear"/>: none where no baseline is stated.
    /// </summary>
    public IReadOnlyList<TargetPath> Paths => BaselineUsd is { } baseline && BaseYear is { } from
        ? [.. new[] { (Goal: LowUsd, Rate: RequiredLowPercent ?? 0m), (Goal: HighUsd, Rate: RequiredHighPercent ?? 0m) }.Select(g => new TargetPath(
            $"Path to {Money.Usd(g.Goal)} by {ByYear} ({Money.Percent(g.Rate)} a year)",
            [.. Enumerable.Range(from, Math.Max(0, ByYear - from + 1))
                .Select(year => (year, Math.Round((decimal)((double)baseline * Math.Pow(1 + (double)g.Rate / 100.0, year - from)), 0)))]))]
        : [];
}

/// <summary>One path to the goal: its name and its value each year.</summary>
public sealed record TargetPath(string Name, IReadOnlyList<(int Year, decimal Value)> Points);

/// <summary>A product the source names as contributing, without a number: listed, never drawn as zero.</summary>
public sealed record NamedProduct(string Product, string HsCode, string CategoryName, string PeriodLabel, Provenance Source);

/// <summary>
/// Everything the overview shows for one filter, computed once per filter from the summaries (docs/decisions/0090):
/// counts and a few rows, never the view's figures (the figures list loads its own pages when opened).
/// </summary>
/// <param name="Query">The filter's query string: what the model was computed for.</param>
/// <param name="FigureCount">How many figures match the filter: what Download CSV gives.</param>
/// <param name="LatestPeriod">The period of the cards and the By category chart: the latest full year, or the latest period of the kind the filter asks for.</param>
/// <param name="NamedCount">Products named without a value in the view; <paramref name="NamedWithoutValue"/> lists the latest of them.</param>
/// <param name="ChartsAllCategories">The view holds no mineral figure, so the charts show what it holds (the State Bank's all goods).</param>
public sealed record OverviewModel(
    string Query,
    int FigureCount,
    Flow? Flow,
    IReadOnlyList<Flow> OtherFlows,
    string? LatestPeriod,
    IReadOnlyList<Headline> Headlines,
    IReadOnlyList<TotalPoint> ByCategory,
    IReadOnlyList<YearSeries> ByYear,
    IReadOnlyList<GrowthRate> Growth,
    int GrowthCount,
    ValueAdded ValueAdded,
    TargetTrack? Target,
    IReadOnlyList<NamedProduct> NamedWithoutValue,
    int NamedCount,
    bool ChartsAllCategories = false);

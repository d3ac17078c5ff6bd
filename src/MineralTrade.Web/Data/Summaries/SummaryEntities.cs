using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// A like-for-like pair (docs/decisions/0090): a figure and the same series' figure for the same months a year
/// earlier, both the preferred ones of their period. The rate itself is computed from the two figures when read.
/// </summary>
public sealed class GrowthPair : IFilteredRow
{
    public int CurrentId { get; set; }
    public int PreviousId { get; set; }
    public required string Reporter { get; set; }
    public required string Exporter { get; set; }
    public required string Importer { get; set; }

    /// <summary>The source publisher where the reporter is <c>unstated</c>, else empty: part of the series.</summary>
    public required string Publisher { get; set; }

    public required string HsCode { get; set; }
    public required string Category { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public int PeriodStart { get; set; }
    public int PeriodEnd { get; set; }

    /// <summary>Current value over previous value, only to order by (the rate shown is computed in decimal).</summary>
    public double Ratio { get; set; }
}

/// <summary>
/// A category's total within one group: reporter, flow, period and, where the reporter is <c>unstated</c>, publisher
/// (docs/decisions/0093), with what the pages count about the group.
/// </summary>
public sealed class GroupTotal : IFilteredRow
{
    public int Id { get; set; }
    public required string Reporter { get; set; }
    public required string Exporter { get; set; }
    public required string Importer { get; set; }

    /// <summary>The source publisher where the reporter is <c>unstated</c>, else empty.</summary>
    public required string Publisher { get; set; }

    public int PeriodStart { get; set; }
    public int PeriodEnd { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public required string Category { get; set; }

    /// <summary>The sum of the covering figures; null where the category has no figure with a value in the group.</summary>
    public decimal? ValueUsd { get; set; }

    public DerivedQualifier Qualifier { get; set; }

    /// <summary>The covering HS codes added, ordinal order, space-separated: what a series is made of.</summary>
    public required string Basket { get; set; }

    /// <summary>The ids of the first <see cref="TotalParts.Listed"/> figures added (<see cref="GroupTotalParts.ComponentIds"/>'s first).</summary>
    public required string ListedIds { get; set; }

    /// <summary>The first <see cref="TotalParts.Listed"/> of <see cref="GroupTotalParts.Parts"/>: what a list shows, read without the rest.</summary>
    public required string ListedParts { get; set; }

    /// <summary>The publishers of the figures added, each once, in basket order (a JSON array): the total's sources.</summary>
    public required string Publishers { get; set; }

    /// <summary>
    /// The sum of the processed parts (metal, articles), null without one: which periods Value added can draw, known
    /// without reading the parts (only the drawn periods' are read).
    /// </summary>
    public decimal? ProcessedUsd { get; set; }

    /// <summary>The sum of the ore parts, null without one (<see cref="ProcessedUsd"/>).</summary>
    public decimal? RawUsd { get; set; }

    /// <summary>Ids of the products named without a value, space-separated.</summary>
    public required string NamedIds { get; set; }

    /// <summary>Share of the group's mineral categories, in percent to one decimal; null for all goods and other goods.</summary>
    public decimal? SharePercent { get; set; }

    /// <summary>Every figure of the group and category, of every source: what the pages count.</summary>
    public int Figures { get; set; }

    /// <summary>Growth rates whose later figure is in the group and category.</summary>
    public int GrowthRates { get; set; }

    /// <summary>The latest publication date of the group and category's figures, where sources give one: how recent a reporter is.</summary>
    public DateOnly? LatestPublished { get; set; }
}

/// <summary>
/// Every figure a <see cref="GroupTotal"/> adds, in a row of its own (decision 0124): at ~90 subheadings a heading a
/// total's parts and ids are kilobytes, and in the total's row SQLite followed their overflow pages for every column
/// stored after them, on every read of the overview (issue 21). Read only where every part is needed: Value added's
/// drawn periods and <c>/api/totals</c>' components.
/// </summary>
public sealed class GroupTotalParts
{
    /// <summary>The total's <see cref="GroupTotal.Id"/>: one row per total.</summary>
    public int TotalId { get; set; }

    /// <summary>Ids of the figures added, in basket order, space-separated.</summary>
    public required string ComponentIds { get; set; }

    /// <summary>
    /// Each figure added as <see cref="TotalParts"/> writes it (value, qualifier, stage, publisher), in basket order:
    /// what a page sums and lists without reading the figures.
    /// </summary>
    public required string Parts { get; set; }
}

/// <summary>
/// What the summaries were computed from (one row): the rules' version and the last import they include. Start-up
/// compares both with the code and the import history, and summarises what is missing (<see cref="SummaryCatchUp.EnsureAsync"/>).
/// </summary>
public sealed class SummaryState
{
    public const int SingleRow = 1;

    public int Id { get; set; }

    /// <summary>The summary rules the tables were computed with (<see cref="SummaryRefresh.RulesVersion"/>); another value rebuilds them at start-up.</summary>
    public int Rules { get; set; }

    /// <summary>The latest import whose figures the summaries include; a later one (seeded by an older version) is summarised at start-up.</summary>
    public int ImportId { get; set; }
}

/// <summary>
/// A series' year-to-date or 12-month sums up to its latest month, and the same months a year earlier
/// (docs/decisions/0066): what <c>/api/growth?window=</c>, the cards and the product pages read. The rate is computed
/// from these when read (<see cref="Features.Market.WindowRate.Of"/>), as a growth pair's is.
/// </summary>
public sealed class WindowGrowth : IFilteredRow
{
    public int Id { get; set; }

    /// <summary><c>ytd</c> or <c>12m</c>.</summary>
    public Features.Market.WindowKind Window { get; set; }

    public required string Reporter { get; set; }
    public required string Exporter { get; set; }
    public required string Importer { get; set; }

    /// <summary>The source publisher where the reporter is <c>unstated</c>, else empty: part of the series.</summary>
    public required string Publisher { get; set; }

    public required string HsCode { get; set; }
    public required string Product { get; set; }
    public required string Category { get; set; }

    /// <summary>The window's first month (yyyymm).</summary>
    public int PeriodStart { get; set; }

    /// <summary>The window's last month: the series' latest month with a figure.</summary>
    public int PeriodEnd { get; set; }

    /// <summary>The kind of the window's months (a year to December is a calendar year), so that the filters apply.</summary>
    public PeriodKind PeriodKind { get; set; }

    /// <summary>The months held added up; null where none is held.</summary>
    public decimal? ValueUsd { get; set; }

    public DerivedQualifier Qualifier { get; set; }

    /// <summary>Half the width of the sum's published rounding (decision 0091).</summary>
    public decimal HalfStep { get; set; }

    public decimal? PreviousValueUsd { get; set; }
    public DerivedQualifier PreviousQualifier { get; set; }
    public decimal PreviousHalfStep { get; set; }

    /// <summary>Months of either window without a figure, yyyymm, space-separated, first to last: no rate where any.</summary>
    public required string MissingMonths { get; set; }

    /// <summary>Ids of the figures added, space-separated: the window's, then the earlier window's.</summary>
    public required string CurrentIds { get; set; }

    public required string PreviousIds { get; set; }

    /// <summary>The publishers of the figures added, each once (a JSON array): the sums' sources.</summary>
    public required string Publishers { get; set; }
}

namespace MineralTrade.Web.Features.Figures;

/// <summary>A <see cref="GrowthRate"/> as <c>/api/growth</c> answers it: the rate, and both figures as rows.</summary>
/// <param name="Flagged">True where a bound or an approximate figure is involved: not to be read as exact.</param>
/// <param name="LowPercent">The lowest rate the published roundings of the two values allow (docs/decisions/0091); null where a lower bound leaves it open.</param>
/// <param name="HighPercent">The highest rate the roundings allow; null where a lower bound leaves it open.</param>
public sealed record GrowthRateRow(
    string Reporter,
    string Exporter,
    string Importer,
    string HsCode,
    string Product,
    string Category,
    Stage Stage,
    string PeriodLabel,
    string PreviousPeriodLabel,
    decimal ValueUsd,
    decimal PreviousValueUsd,
    decimal GrowthPercent,
    decimal? LowPercent,
    decimal? HighPercent,
    DerivedQualifier Qualifier,
    bool Flagged,
    string? FlagReason,
    FigureRow Current,
    FigureRow Previous)
{
    public static GrowthRateRow From(GrowthRate g) => new(
        g.Current.Reporter, g.Current.Exporter, g.Current.Importer, g.Current.HsCode, g.Current.Product, g.Current.Category, g.Current.Stage,
        g.PeriodLabel, g.PreviousPeriodLabel, g.ValueUsd, g.PreviousValueUsd, g.GrowthPercent, g.LowPercent, g.HighPercent, g.Qualifier, g.Flagged, g.FlagReason,
        FigureRow.From(g.Current), FigureRow.From(g.Previous));
}

/// <summary>A <see cref="CategoryTotal"/> as <c>/api/totals</c> answers it: the total, the group it is part of, and what it adds.</summary>
/// <param name="Publisher">The source publisher where the reporter is <c>unstated</c>: then part of the group (docs/decisions/0093); else null.</param>
/// <param name="SharePercent">Share of the group's mineral categories (reporter, flow, period, and publisher where given; all goods and other goods left out); shares in a group add up to at most 100. Null with an <c>hs</c> filter.</param>
/// <param name="Basket">The HS codes added: with reporter, flow and kind of period, what makes a series.</param>
/// <param name="ComponentCount">How many figures the total adds: the length of <paramref name="Components"/>.</param>
/// <param name="Components">The figures added, with <c>include=components</c>; else null, so that a page of totals weighs the
/// totals and not the codes a store holds (a category of a thousand subheadings adds a thousand figures; decision 0097).</param>
public sealed record CategoryTotalRow(
    string Category,
    string CategoryName,
    string Reporter,
    string Exporter,
    string Importer,
    string? Publisher,
    string PeriodStart,
    string PeriodEnd,
    PeriodKind PeriodKind,
    string PeriodLabel,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    decimal? SharePercent,
    IReadOnlyList<string> Basket,
    int ComponentCount,
    IReadOnlyList<FigureRow>? Components,
    IReadOnlyList<FigureRow> NamedWithoutValue)
{
    public static CategoryTotalRow From(CategoryTotal t, bool components) => new(
        t.Category.Id, t.Category.Name, t.Reporter, t.Exporter, t.Importer, t.Publisher is "" ? null : t.Publisher,
        Period.Format(t.PeriodStart), Period.Format(t.PeriodEnd), t.PeriodKind, t.PeriodLabel, t.ValueUsd, t.Qualifier, t.SharePercent, t.Basket,
        t.Components.Count, components ? [.. t.Components.Select(FigureRow.From)] : null, [.. t.NamedWithoutValue.Select(FigureRow.From)]);
}

using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>A <see cref="WindowRate"/> as <c>/api/growth?window=</c> answers it (docs/decisions/0066).</summary>
/// <param name="Publisher">The source publisher where the reporter is <c>unstated</c> (part of the series); else null.</param>
/// <param name="Window"><c>ytd</c> or <c>12m</c>.</param>
/// <param name="PeriodStart">The window's first month, YYYY-MM.</param>
/// <param name="PeriodEnd">Its last month: the series' latest month with a figure.</param>
/// <param name="ValueUsd">The window's months added up; a lower bound (<paramref name="ValueQualifier"/> at_least) where a month is missing; null where none is held.</param>
/// <param name="GrowthPercent">Null where a month of either window is missing (<paramref name="MissingMonths"/>) or there is nothing to compare with (<paramref name="NoRateReason"/>).</param>
/// <param name="LowPercent">The lowest rate the published roundings allow (docs/decisions/0091); null where a bound leaves it open.</param>
/// <param name="HighPercent">The highest rate the roundings allow; null where a bound leaves it open.</param>
/// <param name="Qualifier">The rate's: exact, at_least, at_most or approximate (decision 3).</param>
/// <param name="MissingMonths">Months of either window without a figure, YYYY-MM, first to last.</param>
/// <param name="Text">What the row says, as the press writes it.</param>
/// <param name="FigureIds">The figures added for the window, month order; <paramref name="PreviousFigureIds"/> for the year before.</param>
/// <param name="Sources">The publishers of those figures.</param>
public sealed record WindowGrowthRow(
    string Reporter, string Exporter, string Importer, string? Publisher, string HsCode, string Product, string Category,
    string Window, string PeriodStart, string PeriodEnd, int Months, string PeriodLabel, string PreviousPeriodLabel,
    decimal? ValueUsd, DerivedQualifier ValueQualifier, decimal? PreviousValueUsd, DerivedQualifier PreviousValueQualifier,
    decimal? GrowthPercent, decimal? LowPercent, decimal? HighPercent, DerivedQualifier Qualifier, bool Flagged, string? FlagReason,
    IReadOnlyList<string> MissingMonths, string? NoRateReason, string Text,
    IReadOnlyList<int> FigureIds, IReadOnlyList<int> PreviousFigureIds, IReadOnlyList<string> Sources)
{
    public static WindowGrowthRow From(WindowRate r) => new(
        r.Reporter, r.Exporter, r.Importer, r.Publisher is "" ? null : r.Publisher, r.HsCode, r.Product, r.Category,
        r.Window.KindName, Period.Format(r.Window.Start), Period.Format(r.Window.End), r.Window.MonthCount, r.Window.Label, r.PreviousWindow.Label,
        r.Current.ValueUsd, r.Current.Qualifier, r.Previous.ValueUsd, r.Previous.Qualifier,
        r.GrowthPercent, r.LowPercent, r.HighPercent, r.Qualifier, r.GrowthPercent is not null && r.Flagged, r.FlagReason,
        [.. r.MissingMonths.Select(Period.Format)], r.NoRateReason, MarketText.Window(r),
        r.Sources.CurrentIds, r.Sources.PreviousIds, r.Sources.Publishers);
}

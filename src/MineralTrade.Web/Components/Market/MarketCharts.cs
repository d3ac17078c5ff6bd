using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.Web.Components.Market;

/// <summary>
/// The market panels' charts as ApexCharts options. Only our own text goes where ApexCharts writes HTML: partner
/// names come from two-letter codes (checked on import) through CLDR's names (<see cref="PartnerNames"/>), periods are
/// our labels; the words are the page's language's (<c>Resources/Components/Market/MarketCharts.*.resx</c>).
/// </summary>
public static class MarketCharts
{
    private static readonly Texts s_texts = new(typeof(MarketCharts));

    public const string PakistanColor = "#1e7b45", OtherColor = "#1f6f8b", MarketColor = "#b36b00";

    public static int SuppliersHeight(int bars) => Math.Max(200, 36 * bars + 90);

    /// <summary>One bar per supplier shown (Pakistan in its own colour, bounds hatched), its share in the label.</summary>
    public static object Suppliers(SupplierTable table, IReadOnlyList<SupplierLine> shown) => Suppliers(table, shown, Language.Current);

    private static object Suppliers(SupplierTable table, IReadOnlyList<SupplierLine> shown, Language language) => new
    {
        chart = ChartOptions.Chart("bar", SuppliersHeight(shown.Count)),
        series = new[]
        {
            new
            {
                name = s_texts.Format("ChinasImports", language, ("when", table.Window.LabelIn(language))),
                data = shown.Select(l => new
                {
                    x = s_texts.Format("Bar", language, ("rank", l.RankDisplay), ("partner", PartnerNames.Display(l.Partner, language))),
                    y = l.ValueUsd,
                    fillColor = l.Partner == SupplierTable.Focus ? PakistanColor : OtherColor,
                    fill = ChartMarks.BarFill(l.Sum.Qualifier),
                    mark = ChartMarks.Mark(l.Sum.Qualifier),
                    label = $"{l.Display} · {l.ShareDisplay}",
                    tip = (string[])[
                        s_texts.Format("TipValue", language, ("partner", PartnerNames.Display(l.Partner, language)), ("when", table.Window.LabelIn(language)), ("value", l.Display)),
                        s_texts.Format("TipShare", language, ("share", l.ShareDisplay)),
                        s_texts.Format("TipRank", language, ("rank", l.RankDisplay)),
                        l.Sum.UnitValue is { } u
                            ? s_texts.Format("TipUnitValue", language, ("quantity", UnitValue.Quantity(l.Sum.Quantity, l.Sum.QuantityUnit, language)), ("unit", u.DisplayIn(language)))
                            : s_texts.Format("TipNoUnitValue", language, ("reason", l.Sum.NoUnitValueReason)),
                        Reporters.TipLine(table.Reporter, language),
                        s_texts.Format("TipSource", language, ("source", Bidi.Isolate(SupplierRow.Sources(l.Sum.Figures).Publisher))),
                    ],
                }).ToArray(),
            },
        },
        stroke = new { show = true, width = 1.5, colors = new[] { "transparent" } },
        plotOptions = new { bar = new { horizontal = true, borderRadius = 2, barHeight = "60%", dataLabels = new { position = "top" } } },
        dataLabels = new { enabled = true, formatter = "pointLabel", offsetX = 60, style = new { fontSize = "11px", colors = new[] { "#222" } } },
        xaxis = new { labels = new { formatter = "usd" } },
        yaxis = new { labels = new { maxWidth = 220 } },
        legend = new { show = false },
        tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
        responsive = new[] { new { breakpoint = 600, options = new { dataLabels = new { enabled = false } } } },
    };

    /// <summary>Two lines over the years compared: Pakistan's unit value and the market's, in US$ per tonne; a year without a comparison is a gap.</summary>
    public static object Prices(IReadOnlyList<PricePoint> points) => Prices(points, Language.Current);

    private static object Prices(IReadOnlyList<PricePoint> points, Language language) => new
    {
        chart = ChartOptions.Chart("line", 300),
        series = new[]
        {
            new { name = s_texts["Pakistan", language], data = points.Select(p => Point(p, p.Pakistan, s_texts["Pakistan", language], PakistanColor, language)).ToArray() },
            new { name = s_texts["Market", language], data = points.Select(p => Point(p, p.Market?.UnitValue, s_texts["Market", language], MarketColor, language)).ToArray() },
        },
        colors = new[] { PakistanColor, MarketColor },
        stroke = new { width = 2, curve = "straight", dashArray = new[] { 0, 6 } },
        markers = new { size = 5 },
        dataLabels = new { enabled = false },
        xaxis = new { type = "category", tickPlacement = "on" },
        yaxis = new { min = 0, title = new { text = s_texts["PerTonne", language] }, labels = new { formatter = "usd" } },
        legend = new { position = "bottom", horizontalAlign = "left", showForSingleSeries = true },
        tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
    };

    /// <summary>A year's point, hollow where the unit value is not exact (<see cref="ChartMarks"/>); a year without a comparison is a gap.</summary>
    private static LinePoint Point(PricePoint p, UnitValue? unit, string series, string color, Language language) => p.Percent is { } percent && unit is not null
        ? ChartMarks.Line(p.Window.LabelIn(language), MarketChartRows.Drawn(unit), unit.Qualifier, color, unit.DisplayIn(language),
            [s_texts.Format("TipPrice", language, ("series", series), ("when", p.Window.LabelIn(language)), ("unit", unit.DisplayIn(language))),
             s_texts.Format("TipAgainst", language, ("percent", MarketText.Percent(percent))),
             s_texts.Format("TipOver", language, ("amount", UnitValue.InUnit(unit.Amount, unit.Per, language)))])
        : ChartMarks.Gap(p.Window.LabelIn(language));
}

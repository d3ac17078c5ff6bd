using System.Globalization;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.Web.Components.Market;

/// <summary>
/// The market panels' charts as ApexCharts options. Only our own text goes where ApexCharts writes HTML: partner
/// names come from two-letter codes (checked on import) through .NET's region names, periods are our labels.
/// </summary>
public static class MarketCharts
{
    public const string PakistanColor = "#1e7b45", OtherColor = "#1f6f8b", MarketColor = "#b36b00";

    public static int SuppliersHeight(int bars) => Math.Max(200, 36 * bars + 90);

    /// <summary>One bar per supplier shown (Pakistan in its own colour, bounds hatched), its share in the label.</summary>
    public static object Suppliers(SupplierTable table, IReadOnlyList<SupplierLine> shown) => new
    {
        chart = ChartOptions.Chart("bar", SuppliersHeight(shown.Count)),
        series = new[]
        {
            new
            {
                name = MarketChartRows.SuppliersSeries(table),
                data = shown.Select(l => new
                {
                    x = MarketChartRows.SupplierLabel(l),
                    y = l.ValueUsd,
                    fillColor = l.Partner == SupplierTable.Focus ? PakistanColor : OtherColor,
                    fill = ChartMarks.BarFill(l.Sum.Qualifier),
                    mark = ChartMarks.Mark(l.Sum.Qualifier),
                    label = $"{l.Display} · {l.ShareDisplay}",
                    tip = (string[])[
                        $"{MarketText.Partner(l.Partner)}, {table.Window.Label}: {l.Display}",
                        $"Share of China's imports from the world: {l.ShareDisplay}",
                        $"Rank: {l.RankDisplay}",
                        l.Sum.UnitValue is { } u ? $"{UnitValue.Quantity(l.Sum.Quantity, l.Sum.QuantityUnit)} at {u.Display}" : $"Unit value: {l.Sum.NoUnitValueReason}",
                        $"Reporter: {table.Reporter}",
                        "Source: " + SupplierRow.Sources(l.Sum.Figures).Publisher,
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
    public static object Prices(IReadOnlyList<PricePoint> points) => new
    {
        chart = ChartOptions.Chart("line", 300),
        series = new[]
        {
            new { name = MarketChartRows.PakistanSeries, data = points.Select(p => Point(p, p.Pakistan, MarketChartRows.PakistanSeries, PakistanColor)).ToArray() },
            new { name = MarketChartRows.MarketSeries, data = points.Select(p => Point(p, p.Market?.UnitValue, MarketChartRows.MarketSeries, MarketColor)).ToArray() },
        },
        colors = new[] { PakistanColor, MarketColor },
        stroke = new { width = 2, curve = "straight", dashArray = new[] { 0, 6 } },
        markers = new { size = 5 },
        dataLabels = new { enabled = false },
        xaxis = new { type = "category", tickPlacement = "on" },
        yaxis = new { min = 0, title = new { text = "US$ per tonne" }, labels = new { formatter = "usd" } },
        legend = new { position = "bottom", horizontalAlign = "left", showForSingleSeries = true },
        tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
    };

    /// <summary>A year's point, hollow where the unit value is not exact (<see cref="ChartMarks"/>); a year without a comparison is a gap.</summary>
    private static LinePoint Point(PricePoint p, UnitValue? unit, string series, string color) => p.Percent is { } percent && unit is not null
        ? ChartMarks.Line(p.Window.Label, MarketChartRows.Drawn(unit), unit.Qualifier, color, unit.Display,
            [$"{series}, {p.Window.Label}: {unit.Display}", $"Pakistan against the market: {MarketText.Percent(percent)}",
             $"Over {unit.Amount.ToString("#,0.###", CultureInfo.InvariantCulture)} {unit.Per}"])
        : ChartMarks.Gap(p.Window.Label);
}

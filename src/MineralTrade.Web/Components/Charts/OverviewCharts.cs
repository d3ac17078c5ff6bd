using MineralTrade.Web.Components.Products;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// The overview's charts as ApexCharts options. Each point carries its own display label (with its qualifier) and
/// tooltip lines (period, reporter, source); the JS module's named functions show them.
/// </summary>
public static class OverviewCharts
{
    public const string Processed = "#1f6f8b", Raw = "#c58b2b", Up = "#1e7b45", UpFlagged = "#8cc7a3", Down = "#b03a2e", DownFlagged = "#e3a39b";

    private static readonly string[] s_palette = ["#1f6f8b", "#c58b2b", "#6b4c9a", "#2e8b57", "#b03a2e", "#4d6d9a", "#8a6d3b", "#d45087", "#3f7f7f", "#7a7a7a"];

    // On a phone, value labels on bars collide: the tooltip and the data table carry the values there.
    private static readonly object[] s_phone = [new { breakpoint = 600, options = new { dataLabels = new { enabled = false } } }];

    private static string[] Tip(string title, params string?[] lines) => [title, .. lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!)];

    private static string[] PointTip(TotalPoint p) =>
        [p.PeriodLabel + ": " + p.Display, "Reporter: " + p.Reporter, "Source: " + p.Sources, .. p.Components.Take(6)];

    /// <summary>Where a click on a sum goes: its product page where it is one code, else the products of its category.</summary>
    public static string ProductUrl(TotalPoint p) =>
        p.Codes is [var code] ? ProductLink.For(code) : $"{ProductLink.Index}?q={Uri.EscapeDataString(p.CategoryName)}";

    public static object ByCategory(IReadOnlyList<TotalPoint> bars, bool logarithmic) => new
    {
        chart = ChartOptions.Chart("bar", 340),
        series = new[]
        {
            new { name = "Value, US$", data = bars.Select(b => new { x = b.CategoryName, y = b.ValueUsd, label = b.Display, tip = PointTip(b), url = ProductUrl(b) }).ToArray() },
        },
        colors = new[] { Processed },
        plotOptions = new { bar = new { borderRadius = 2, columnWidth = "60%", dataLabels = new { position = "top" } } },
        dataLabels = new { enabled = true, formatter = "pointLabel", offsetY = -18, style = new { fontSize = "11px", colors = new[] { "#222" } } },
        xaxis = new { type = "category", labels = new { rotate = -45, trim = true, hideOverlappingLabels = false } },
        yaxis = new { logarithmic, labels = new { formatter = "usd" } },
        tooltip = new { custom = "pointTooltip" },
        responsive = s_phone,
    };

    public static object ByYear(IReadOnlyList<YearSeries> series, bool logarithmic) => new
    {
        chart = ChartOptions.Chart("line", 360),
        series = series.Select(s => new
        {
            name = s.Name,
            data = s.Points.Select(p => new { x = p.Year, y = p.ValueUsd, label = p.Display, tip = PointTip(p), url = ProductUrl(p) }).ToArray(),
        }).ToArray(),
        colors = s_palette,
        stroke = new { width = 2, curve = "straight" },
        markers = new { size = 5 },
        dataLabels = new { enabled = false },
        xaxis = new { type = "numeric", tickAmount = "dataPoints", labels = new { formatter = "year" } },
        yaxis = new { logarithmic, labels = new { formatter = "usd" } },
        legend = new { position = "bottom", horizontalAlign = "left" },
        tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
    };

    /// <summary>Period and reporter first: ApexCharts cuts long labels at the end, and the product name can lose its tail.</summary>
    public static string GrowthLabel(GrowthRate g, Flow? principal) =>
        $"{g.PeriodLabel} {g.Current.Reporter}{(principal is null || new Flow(g.Current.Exporter, g.Current.Importer) == principal ? "" : $" {g.Current.Exporter}→{g.Current.Importer}")}: {g.Current.Product}{(g.Flagged ? " *" : "")}";

    public static object Growth(IReadOnlyList<GrowthRate> rates, Flow? principal) => new
    {
        chart = ChartOptions.Chart("bar", Math.Max(220, 46 * rates.Count + 80)),
        series = new[]
        {
            new
            {
                name = "Growth on the same months a year earlier",
                data = rates.Select(g => new
                {
                    x = GrowthLabel(g, principal),
                    url = ProductLink.For(g.Current.HsCode, g.Current.Exporter, g.Current.Importer),
                    y = g.GrowthPercent,
                    fillColor = (OverviewText.Direction(g.GrowthPercent), g.Flagged) switch
                    {
                        (GrowthDirection.Up, false) => Up, (GrowthDirection.Up, true) => UpFlagged, (GrowthDirection.Down, false) => Down, _ => DownFlagged,
                    },
                    label = Money.Percent(g.GrowthPercent, g.Qualifier),
                    tip = Tip($"{g.PeriodLabel} against {g.PreviousPeriodLabel}: {Money.Percent(g.GrowthPercent, g.Qualifier)}",
                        Money.Pair(g), "Reporter: " + g.Current.Reporter, $"Flow: {g.Current.Exporter} → {g.Current.Importer}",
                        "Source: " + g.Current.SourcePublisher, g.FlagReason),
                }).ToArray(),
            },
        },
        plotOptions = new { bar = new { horizontal = true, borderRadius = 2, barHeight = "65%", dataLabels = new { position = "top" } } },
        dataLabels = new { enabled = true, formatter = "pointLabel", offsetX = 28, style = new { fontSize = "11px", colors = new[] { "#222" } } },
        xaxis = new { labels = new { formatter = "percent" } },
        yaxis = new { labels = new { maxWidth = 240 } },
        tooltip = new { custom = "pointTooltip" },
        responsive = s_phone,
    };

    public static string ValueAddedLabel(ValueAddedPoint p) => $"{p.PeriodLabel} ({p.Reporter}){(p.Indicative ? " *" : "")}";

    public static object ValueAdded(IReadOnlyList<ValueAddedPoint> points) => new
    {
        chart = ChartOptions.Chart("bar", Math.Max(220, 46 * points.Count + 90), stacked: true, stackType: "100%"),
        series = new[]
        {
            new
            {
                name = "Processed: metal and articles",
                data = points.Select(p => new { x = ValueAddedLabel(p), y = p.ProcessedUsd, label = p.ProcessedDisplay,
                    tip = (string[])[$"{p.PeriodLabel}: {Money.Share(p.ProcessedSharePercent)} processed", p.ProcessedDisplay, "Reporter: " + p.Reporter, .. p.Processed] }).ToArray(),
            },
            new
            {
                name = "Raw: ores, concentrates and crude minerals",
                data = points.Select(p => new { x = ValueAddedLabel(p), y = p.RawUsd, label = p.RawDisplay,
                    tip = (string[])[$"{p.PeriodLabel}: {Money.Share(100m - p.ProcessedSharePercent)} raw", p.RawDisplay, "Reporter: " + p.Reporter, .. p.Raw] }).ToArray(),
            },
        },
        colors = new[] { Processed, Raw },
        plotOptions = new { bar = new { horizontal = true, barHeight = "65%" } },
        dataLabels = new { enabled = true, formatter = "share" },
        xaxis = new { labels = new { formatter = "share" } },
        legend = new { position = "bottom", horizontalAlign = "left" },
        tooltip = new { custom = "pointTooltip" },
    };

    /// <summary>The paths from the stated baseline to each end of the goal, and the known sums beside them.</summary>
    public static object Target(TargetTrack t)
    {
        var series = new List<object>();
        if (t.BaselineUsd is { } baseline && t.BaseYear is { } from)
        {
            foreach (var (goal, rate) in new[] { (t.LowUsd, t.RequiredLowPercent), (t.HighUsd, t.RequiredHighPercent) })
            {
                var r = (double)(rate ?? 0m) / 100.0;
                series.Add(new
                {
                    name = $"Path to {Money.Usd(goal)} by {t.ByYear} ({Money.Percent(rate ?? 0m)} a year)",
                    data = Enumerable.Range(from, t.ByYear - from + 1).Select(year =>
                    {
                        var value = Math.Round((decimal)((double)baseline * Math.Pow(1 + r, year - from)), 0);
                        return new
                        {
                            x = year, y = value, label = Money.Usd(value),
                            tip = Tip($"{year}: {Money.Usd(value)} on this path", $"from the stated ≈ {Money.Usd(baseline)} (taken as {from})", "A stated ambition, not a trade figure"),
                        };
                    }).ToArray(),
                });
            }
        }
        series.Add(new
        {
            name = $"Known: mineral categories{(t.KnownFlow is { } f ? ", " + f.Label : "")} (lower bound)",
            data = t.Known.Select(p => new { x = p.Year, y = p.ValueUsd, label = p.Display, tip = PointTip(p) }).ToArray(),
        });
        return new
        {
            chart = ChartOptions.Chart("line", 340),
            series,
            colors = new[] { "#8a8a8a", "#4a4a4a", Processed },
            stroke = new { width = new[] { 2, 2, 3 }, dashArray = new[] { 6, 6, 0 }, curve = "straight" },
            markers = new { size = new[] { 0, 0, 6 } },
            dataLabels = new { enabled = false },
            xaxis = new { type = "numeric", tickAmount = "dataPoints", labels = new { formatter = "year" } },
            yaxis = new { min = 0, labels = new { formatter = "usd" } },
            legend = new { position = "bottom", horizontalAlign = "left" },
            tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
        };
    }
}

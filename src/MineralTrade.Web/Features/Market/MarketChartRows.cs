using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// The numbers the market panels' charts draw, from the same <see cref="MarketView"/> as the charts and their tables:
/// a bar per supplier drawn, and Pakistan's and the market's unit value for each year compared (issue 18, point 10).
/// </summary>
public static class MarketChartRows
{
    public const string Suppliers = "suppliers", Price = "price";

    /// <summary>The series' names, as the price chart's legend gives them.</summary>
    public const string PakistanSeries = "Pakistan", MarketSeries = "All suppliers, average";

    /// <summary>Every market chart with a CSV, in the page's order.</summary>
    public static readonly IReadOnlyList<string> Charts = [Suppliers, Price];

    /// <summary>The suppliers chart's one series: China's imports in the table's window.</summary>
    public static string SuppliersSeries(SupplierTable table) => $"China's imports, {table.Window.Label}";

    /// <summary>A supplier's bar on its axis: <c>3. Chile</c>.</summary>
    public static string SupplierLabel(SupplierLine l) => $"{l.RankDisplay}. {MarketText.Partner(l.Partner)}";

    /// <summary>A unit value as the price chart draws it: to the cent.</summary>
    public static decimal Drawn(UnitValue unit) => Math.Round(unit.UsdPerUnit, 2);

    /// <summary>The rows of <paramref name="chart"/> (one of <see cref="Charts"/>) as the page draws it for <paramref name="m"/>; none where the page draws no such chart.</summary>
    public static IEnumerable<ChartRow> Of(MarketView m, string chart) => chart switch
    {
        Suppliers when m is { ShowsSuppliers: true, Latest: { } table } => m.Shown.Select(l => new ChartRow
        {
            Chart = chart, Series = SuppliersSeries(table), Label = SupplierLabel(l), Period = table.Window.Label, Value = l.ValueUsd, Unit = ChartRow.Usd,
            Qualifier = ChartRow.Name(l.Sum.Qualifier), Reporter = table.Reporter, Source = SupplierRow.Sources(l.Sum.Figures).Publisher,
            Note = $"Share of China's imports from the world: {l.ShareDisplay}; rank: {l.RankDisplay}",
        }),
        Price when m.ShowsPrices => m.Compared.SelectMany(p => new[]
        {
            PriceRow(p, PakistanSeries, p.Pakistan!, p.PakistanSources),
            PriceRow(p, MarketSeries, p.Market!.UnitValue, p.MarketSources, p.Market.Words),
        }),
        _ => [],
    };

    // A year's unit value, drawn where the year has a comparison (Pakistan's and the market's in the same unit).
    private static ChartRow PriceRow(PricePoint p, string series, UnitValue unit, string sources, string? basis = null) => new()
    {
        Chart = Price, Series = series, Period = p.Window.Label, Value = Drawn(unit), Unit = ChartRow.UsdPer(unit.Per),
        Qualifier = ChartRow.Name(unit.Qualifier), Reporter = p.Reporter, Source = sources,
        Note = $"Pakistan against the market: {MarketText.Percent(p.Percent!.Value)}" + (basis is null ? "" : $"; the average of {basis}"),
    };
}

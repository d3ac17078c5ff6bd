using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// Pakistan in China's market for one HS code, as the product page shows it (issue 19): China's suppliers in the latest
/// year held, Pakistan's price against the market's year by year, and China's share of Pakistan's exports.
/// </summary>
/// <param name="Latest">China's suppliers in the latest year with an annual figure; null where none is held.</param>
/// <param name="Prices">One point a year, oldest first, for at most <see cref="MaxYears"/> years up to the latest.</param>
/// <param name="Destinations">One point a year, oldest first, the same years as far as either side holds a figure.</param>
/// <param name="Windows">Year-to-date and 12-month rates of Pakistan's exports of the code to China and the world, each reporter's (docs/decisions/0066).</param>
public sealed record MarketView(
    string HsCode, string Product, SupplierTable? Latest, IReadOnlyList<PricePoint> Prices, IReadOnlyList<DestinationPoint> Destinations, IReadOnlyList<WindowRate> Windows)
{
    /// <summary>
    /// The main minerals of the trade, whose standing the overview gives: copper ores, refined copper, iron ores,
    /// chromium ores, zinc ores, aluminium ores (issue 19).
    /// </summary>
    public static readonly IReadOnlyList<string> MainMinerals = ["2603", "7403", "2601", "2610", "2608", "2606"];

    /// <summary>Years drawn at most: the latest; older ones are in <c>/api/suppliers?year=</c>.</summary>
    public const int MaxYears = 12;

    /// <summary>Suppliers drawn and listed at most on the page (Pakistan's row is added where it is below them); every one is in the CSV.</summary>
    public const int MaxPartnersShown = 10;

    /// <summary>A rank and a share say something: China's world figure is held, or two suppliers at least.</summary>
    public bool ShowsSuppliers => Latest is { Comparable: true };

    public bool ShowsPrices => Compared.Count > 0;

    /// <summary>Pakistan's own figure of its exports to the world is held for some year (China's side alone is on the page already).</summary>
    public bool ShowsDestinations => Destinations.Any(d => d.World.ValueUsd is not null);

    public bool ShowsWindows => Windows.Count > 0;

    public bool IsEmpty => !ShowsSuppliers && !ShowsPrices && !ShowsDestinations && !ShowsWindows;

    /// <summary>The largest suppliers, then Pakistan where it ranks below them: what the page draws and lists.</summary>
    public IReadOnlyList<SupplierLine> Shown => Latest is null ? []
        : [.. Latest.Lines.Take(MaxPartnersShown), .. Latest.Lines.Skip(MaxPartnersShown).Where(l => l.Partner == SupplierTable.Focus)];

    /// <summary>The years with a price comparison: what the price chart draws.</summary>
    public IReadOnlyList<PricePoint> Compared => [.. Prices.Where(p => p.Percent is not null)];

    /// <summary>The CSV of every supplier of the latest year (the table on the page is capped).</summary>
    public string? CsvUrl => Latest is null ? null : $"/api/suppliers.csv?hs={Uri.EscapeDataString(HsCode)}&year={Period.Year(Latest.Window.Start)}";

    /// <summary>The API of the same table, a page at a time.</summary>
    public string? ApiUrl => Latest is null ? null : $"/api/suppliers?hs={Uri.EscapeDataString(HsCode)}&year={Period.Year(Latest.Window.Start)}";
}

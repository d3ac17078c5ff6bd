using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// The year-to-date and 12-month rates (docs/decisions/0066), read from the summaries written on import: a page of
/// <c>/api/growth?window=</c>, a product's series, the overview cards' series. Each read seeks an index of
/// <c>WindowGrowths</c>; the rates are computed from the stored sums by <see cref="WindowRate.Of"/>.
/// </summary>
public sealed class WindowGrowthService(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    /// <summary>The keyset order of <c>/api/growth?window=</c>, the index <c>IX_WindowGrowths_Listing</c>'s: latest month first.</summary>
    public static readonly KeysetOrder<WindowGrowth> Order = new KeysetOrder<WindowGrowth>()
        .By(w => w.PeriodEnd, descending: true).By(w => w.Reporter).By(w => w.Exporter).By(w => w.Importer).By(w => w.Publisher).By(w => w.HsCode);

    /// <summary>Series of a product page at most (reporters times the two destinations); the API has every one.</summary>
    public const int MaxPerProduct = 8;

    public async Task<Page<WindowRate>> GetPageAsync(FigureFilter filter, WindowKind kind, IReadOnlyList<object?> after, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = FigureService.WhereCoded(db.WindowGrowths.AsNoTracking().Where(w => w.Window == kind), filter);
        var page = await Order.PageAsync(query, after, limit, cancellationToken);
        return new([.. page.Items.Select(ToRate)], page.Next);
    }

    /// <summary>Pakistan's exports of <paramref name="hsCode"/> to China and to the world, by every reporter: the product page's rows.</summary>
    public static async Task<List<WindowRate>> OfPakistanAsync(MineralTradeDbContext db, string hsCode, CancellationToken cancellationToken)
    {
        string[] importers = [MarketService.Importer, Codes.World];
        var rows = await db.WindowGrowths.AsNoTracking()
            .Where(w => w.HsCode == hsCode && w.Exporter == SupplierTable.Focus && importers.Contains(w.Importer))
            .OrderBy(w => w.Importer).ThenBy(w => w.Reporter).ThenBy(w => w.Publisher).ThenBy(w => w.Window)
            .Take(MaxPerProduct * WindowRate.Kinds.Count)
            .ToListAsync(cancellationToken);
        // The year to date first, as the press reports it, then the 12 months.
        return [.. rows.Select(ToRate).OrderBy(r => r.Importer, StringComparer.Ordinal).ThenBy(r => r.Reporter, StringComparer.Ordinal)
            .ThenBy(r => r.Publisher, StringComparer.Ordinal).ThenBy(r => r.Window.Kind)];
    }

    /// <summary>The windows of these series (the overview's cards): seeks of the code, exporter and importer index.</summary>
    public static async Task<List<WindowRate>> OfSeriesAsync(MineralTradeDbContext db, IReadOnlyCollection<Figure> series, CancellationToken cancellationToken)
    {
        var codes = series.Select(f => f.HsCode).Distinct().ToArray();
        var exporters = series.Select(f => f.Exporter).Distinct().ToArray();
        var importers = series.Select(f => f.Importer).Distinct().ToArray();
        var keys = series.Select(Comparisons.SeriesKey).ToHashSet();
        // Code, exporter and importer: the index's three columns, so that a code's other partners are not read.
        var rows = await db.WindowGrowths.AsNoTracking()
            .Where(w => codes.Contains(w.HsCode) && exporters.Contains(w.Exporter) && importers.Contains(w.Importer))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToRate).Where(r => keys.Contains(r.SeriesKey))];
    }

    /// <summary>A stored row's rate, by the rules (<see cref="WindowRate.Of"/>).</summary>
    public static WindowRate ToRate(WindowGrowth w) => WindowRate.Of(
        w.Reporter, w.Exporter, w.Importer, w.Publisher, w.HsCode, w.Product, w.Category,
        PeriodWindow.Ending(w.Window, w.PeriodEnd),
        new WindowTotal(w.ValueUsd, w.Qualifier, w.HalfStep),
        new WindowTotal(w.PreviousValueUsd, w.PreviousQualifier, w.PreviousHalfStep),
        [.. Numbers(w.MissingMonths)],
        new WindowSources([.. Numbers(w.CurrentIds)], [.. Numbers(w.PreviousIds)], TotalParts.ReadPublishers(w.Publishers)));

    private static IEnumerable<int> Numbers(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture));
}

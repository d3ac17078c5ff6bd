using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// The reads behind the product page's market panels: China's annual figures of the code (every partner and the
/// world), the year-to-date and 12-month rates of Pakistan's exports of the code (from the summaries), and Pakistan's
/// own annual figures of its exports of the code to the world and to China, for the last
/// <see cref="MarketView.MaxYears"/> years held. Each read seeks <c>IX_Figures_Market</c>; what is read is bounded by
/// partners times years, whatever the store holds besides.
/// </summary>
public sealed class MarketService(IDbContextFactory<MineralTradeDbContext> dbFactory, HsNomenclature nomenclature, SupplierService suppliers)
{
    public const string Importer = SupplierRequest.DefaultImporter;

    public async Task<MarketView> GetViewAsync(string hsCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var china = SupplierRequest.China(hsCode);
        var pakistan = new SupplierRequest(hsCode, Codes.World, SupplierRequest.CustomsOf(SupplierTable.Focus), WindowKind.Year);
        var lastChina = await LastYearAsync(db, china, cancellationToken);
        var lastPakistan = await LastYearAsync(db, pakistan, cancellationToken);
        var windows = await WindowGrowthService.OfPakistanAsync(db, hsCode, cancellationToken);
        if (lastChina is null && lastPakistan is null)
        {
            return new MarketView(hsCode, nomenclature.For(hsCode, windows.FirstOrDefault()?.Product).Display, null, [], [], windows);
        }
        var last = Math.Max(lastChina ?? 0, lastPakistan ?? 0);
        var years = new PeriodWindow(WindowKind.Year, Period.Of(last - MarketView.MaxYears + 1, 1), Period.Of(last, 12));
        var imports = lastChina is null ? [] : await SupplierService.InWindow(db, china, years).ToListAsync(cancellationToken);
        var exports = lastPakistan is null ? [] : await Exports(db, pakistan, years).ToListAsync(cancellationToken);

        var tables = imports.GroupBy(f => Period.Year(f.PeriodEnd)).OrderBy(g => g.Key)
            .Select(g => SupplierRules.Table(china.Reporter, china.Importer, hsCode, PeriodWindow.Year(g.Key), g))
            .ToList();
        var prices = tables.Select(MarketRules.Price).ToList();
        var destinations = exports.Select(f => Period.Year(f.PeriodEnd)).Concat(imports.Where(f => f.Exporter == SupplierTable.Focus).Select(f => Period.Year(f.PeriodEnd)))
            .Distinct().Order()
            .Select(y => MarketRules.Destination(PeriodWindow.Year(y), pakistan.Reporter, Importer, exports, imports))
            .Where(d => d.World.ValueUsd is not null || d.China.ValueUsd is not null || d.Mirror.ValueUsd is not null)
            .ToList();
        var product = imports.Concat(exports).FirstOrDefault()?.Product;
        var latest = tables.FirstOrDefault(t => Period.Year(t.Window.End) == lastChina);
        return new MarketView(hsCode, nomenclature.For(hsCode, product).Display, latest, prices, destinations, windows);
    }

    /// <summary>
    /// Pakistan among China's suppliers of each of <paramref name="codes"/> in the latest year held (the overview's
    /// "against what?"): the tables where a rank and a share say something, in the codes' order. Two seeks a code.
    /// </summary>
    public async Task<List<(string Product, SupplierTable Table)>> GetStandingsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var standings = new List<(string, SupplierTable)>();
        foreach (var code in codes)
        {
            if (await suppliers.GetAsync(db, SupplierRequest.China(code), cancellationToken) is ({ Comparable: true } table, var product))
            {
                standings.Add((product, table));
            }
        }
        return standings;
    }

    /// <summary>The last year with an annual figure with a value: China's imports of the code, or Pakistan's exports of it.</summary>
    private static async Task<int?> LastYearAsync(MineralTradeDbContext db, SupplierRequest request, CancellationToken cancellationToken)
    {
        var query = request.Importer == Codes.World
            ? Exports(db, request, null)
            : SupplierService.InMarket(db, request).Where(f => f.PeriodKind == PeriodKind.Annual && f.ValueUsd != null);
        return await query.MaxAsync(f => (int?)f.PeriodEnd, cancellationToken) is { } end ? Period.Year(end) : null;
    }

    /// <summary>Pakistan's own annual figures of its exports of the code to the world and to China (two seeks of the index, one per importer).</summary>
    public static IQueryable<Figure> Exports(MineralTradeDbContext db, SupplierRequest pakistan, PeriodWindow? years)
    {
        string[] importers = [Codes.World, Importer];
        var query = db.Figures.AsNoTracking().Where(f => f.HsCode == pakistan.HsCode && importers.Contains(f.Importer) && f.Reporter == pakistan.Reporter
            && f.PeriodKind == PeriodKind.Annual && f.Exporter == SupplierTable.Focus && f.ValueUsd != null);
        return years is null ? query : query.Where(f => f.PeriodEnd >= years.Start && f.PeriodEnd <= years.End);
    }
}

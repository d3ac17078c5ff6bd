using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Features.Market;

/// <summary>Which importer's suppliers of which code, for which months; a month or year left out means the latest held.</summary>
/// <param name="Reporter">Whose figures: by default the importer's own customs (<c>CN-GACC</c> for China).</param>
/// <param name="Year">For <see cref="WindowKind.Year"/>: the year; null for the latest with an annual figure.</param>
/// <param name="Month">For the other kinds: the (last) month; null for the latest with a monthly figure.</param>
public sealed record SupplierRequest(string HsCode, string Importer, string Reporter, WindowKind Kind, int? Year = null, int? Month = null)
{
    public const string DefaultImporter = "CN";

    /// <summary>The importer's own customs, as a Comtrade+ import names them: <c>CN-GACC</c>, <c>PK-PBS</c>, <c>IN-COMTRADE</c>.</summary>
    public static string CustomsOf(string importer) => ComtradeRow.ReporterCode(importer);

    /// <summary>China's customs on China's imports of <paramref name="hsCode"/>, the latest year.</summary>
    public static SupplierRequest China(string hsCode, WindowKind kind = WindowKind.Year) => new(hsCode, DefaultImporter, CustomsOf(DefaultImporter), kind);
}

/// <summary>
/// The reads behind the supplier tables: one importer, reporter and code, one window's months, through
/// <c>IX_Figures_Market</c> (code, importer, reporter, kind of period, last month): a seek, whatever the store holds
/// besides. At most one figure per partner and month, and partners are countries: a table is bounded by both.
/// </summary>
public sealed class SupplierService(IDbContextFactory<MineralTradeDbContext> dbFactory, HsNomenclature nomenclature)
{
    /// <summary>The table for the request, or null where the store holds no figure of that reporter, importer, code and kind of period.</summary>
    public async Task<(SupplierTable Table, string Product)?> GetAsync(SupplierRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await GetAsync(db, request, cancellationToken);
    }

    internal async Task<(SupplierTable Table, string Product)?> GetAsync(MineralTradeDbContext db, SupplierRequest request, CancellationToken cancellationToken)
    {
        if (await WindowAsync(db, request, cancellationToken) is not { } window)
        {
            return null;
        }
        var figures = await InWindow(db, request, window).ToListAsync(cancellationToken);
        var table = SupplierRules.Table(request.Reporter, request.Importer, request.HsCode, window, figures);
        return (table, nomenclature.For(request.HsCode, figures.FirstOrDefault()?.Product).Display);
    }

    /// <summary>The months asked for, or the latest held: the last annual or monthly figure of the reporter, importer and code (one index seek).</summary>
    public static async Task<PeriodWindow?> WindowAsync(MineralTradeDbContext db, SupplierRequest request, CancellationToken cancellationToken)
    {
        if (request.Kind == WindowKind.Year && request.Year is { } year)
        {
            return PeriodWindow.Year(year);
        }
        if (request.Kind != WindowKind.Year && request.Month is { } month)
        {
            return PeriodWindow.Ending(request.Kind, month);
        }
        var kind = request.Kind == WindowKind.Year ? PeriodKind.Annual : PeriodKind.Month;
        var last = await InMarket(db, request).Where(f => f.PeriodKind == kind && f.ValueUsd != null)
            .MaxAsync(f => (int?)f.PeriodEnd, cancellationToken);
        return last is { } l ? PeriodWindow.Ending(request.Kind, l) : null;
    }

    /// <summary>The figures of the window: the reporter's for imports into the importer of the code, every partner and the world.</summary>
    public static IQueryable<Figure> InWindow(MineralTradeDbContext db, SupplierRequest request, PeriodWindow window)
    {
        var kind = window.FigureKind;
        return InMarket(db, request).Where(f => f.PeriodKind == kind && f.PeriodEnd >= window.Start && f.PeriodEnd <= window.End);
    }

    /// <summary>The columns of <c>IX_Figures_Market</c>, in its order, so that every read here seeks it.</summary>
    internal static IQueryable<Figure> InMarket(MineralTradeDbContext db, SupplierRequest request) =>
        db.Figures.AsNoTracking().Where(f => f.HsCode == request.HsCode && f.Importer == request.Importer && f.Reporter == request.Reporter);
}

using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Revisions;

namespace MineralTrade.Web.Features.Updates;

/// <summary>
/// Reads what each import and fetch run changed (<see cref="Update"/>), newest first, a page at a time: the import
/// history, the figures each wrote (index on ImportId), the vintages each superseded (index on SupersededByImportId)
/// and the growth pairs of its figures. Every read is bounded by <see cref="Listed"/> per entry.
/// </summary>
public sealed class UpdateService(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    /// <summary>Entries a page (and the feed) shows.</summary>
    public const int PageSize = 10;

    /// <summary>Periods, revisions and withdrawals listed per entry (beside their counts), and moves told.</summary>
    public const int Listed = 8, Moves = 5;

    /// <summary>The entries before the import <paramref name="before"/> (none: the newest), and the id to ask for the next page with.</summary>
    public async Task<(IReadOnlyList<Update> Items, int? Older)> GetPageAsync(int? before, int limit = PageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var imports = await db.Imports.AsNoTracking().Where(i => before == null || i.Id < before).OrderByDescending(i => i.Id).Take(limit + 1)
            .ToListAsync(cancellationToken);
        var updates = new List<Update>();
        foreach (var import in imports.Take(limit))
        {
            updates.Add(await ReadAsync(db, import, cancellationToken));
        }
        return (updates, imports.Count > limit ? imports[limit - 1].Id : null);
    }

    private static async Task<Update> ReadAsync(MineralTradeDbContext db, Import import, CancellationToken cancellationToken)
    {
        var id = import.Id;
        var run = await db.FetchRuns.AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var written = db.Figures.AsNoTracking().Where(f => f.ImportId == id);
        var periods = written.GroupBy(f => new { f.Reporter, f.PeriodStart, f.PeriodEnd });
        var periodList = await periods.OrderByDescending(g => g.Key.PeriodEnd).ThenBy(g => g.Key.PeriodStart).ThenBy(g => g.Key.Reporter).Take(Listed)
            .Select(g => new UpdatedPeriod(g.Key.Reporter, g.Key.PeriodStart, g.Key.PeriodEnd, g.Count()))
            .ToListAsync(cancellationToken);
        var periodCount = periodList.Count < Listed ? periodList.Count : await periods.CountAsync(cancellationToken);

        var (revised, revisedCount) = await ChangesAsync(db, id, withdrawn: false, cancellationToken);
        var (withdrawn, withdrawnCount) = await ChangesAsync(db, id, withdrawn: true, cancellationToken);
        return new Update(import, run, periodList, periodCount, revised, revisedCount, withdrawn, withdrawnCount, await MovesAsync(db, id, cancellationToken));
    }

    /// <summary>The figures the import revised (or withdrew), the broadest codes first (all goods, chapters, headings), then the latest periods.</summary>
    private static async Task<(IReadOnlyList<ChangedFigure>, int)> ChangesAsync(MineralTradeDbContext db, int importId, bool withdrawn, CancellationToken cancellationToken)
    {
        var vintages = db.FigureVintages.AsNoTracking().Where(v => v.SupersededByImportId == importId && v.Withdrawn == withdrawn);
        var listed = await vintages.OrderBy(v => v.HsCode == "TOTAL" ? 0 : v.HsCode.Length).ThenBy(v => v.HsCode).ThenByDescending(v => v.PeriodEnd).ThenBy(v => v.Id)
            .Take(Listed).ToListAsync(cancellationToken);
        var count = listed.Count < Listed ? listed.Count : await vintages.CountAsync(cancellationToken);
        var ids = listed.Select(v => v.FigureId).ToList();
        var now = withdrawn ? [] : await db.Figures.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return ([.. listed.Select(v => new ChangedFigure(v.FigureId, v.Reporter, v.Exporter, v.Importer, v.Product, v.HsCode,
            v.PeriodStart, v.PeriodEnd, v.ValueUsd, v.Qualifier, now.GetValueOrDefault(v.FigureId)))], count);
    }

    /// <summary>
    /// The largest like-for-like moves among the figures the import wrote, at all goods, chapters and headings (a
    /// six-digit line's swing from a few thousand dollars says little): the steepest rises and falls by the pairs'
    /// ratio, the <see cref="Moves"/> largest kept (a halving as large as a doubling).
    /// </summary>
    private static async Task<IReadOnlyList<GrowthRate>> MovesAsync(MineralTradeDbContext db, int importId, CancellationToken cancellationToken)
    {
        var pairs = from f in db.Figures.Where(f => f.ImportId == importId)
                    join g in db.GrowthPairs on f.Id equals g.CurrentId
                    where g.HsCode == "TOTAL" || g.HsCode.Length <= 4
                    select g;
        var rises = await pairs.OrderByDescending(g => g.Ratio).ThenBy(g => g.CurrentId).Take(Moves).Select(g => g.CurrentId).ToListAsync(cancellationToken);
        var falls = await pairs.OrderBy(g => g.Ratio).ThenBy(g => g.CurrentId).Take(Moves).Select(g => g.CurrentId).ToListAsync(cancellationToken);
        var ids = rises.Concat(falls).Distinct().ToList();
        var currents = await db.Figures.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        var rates = await FigureService.RatesAsync(db, currents, cancellationToken);
        return [.. rates.Where(r => r.GrowthPercent != 0).OrderByDescending(Size).ThenBy(r => r.Current.Id).Take(Moves)];
    }

    // A halving is as large a move as a doubling: the size is the ratio's distance from one on a log scale.
    private static double Size(GrowthRate rate) => 1 + rate.GrowthPercent / 100 is var ratio && ratio > 0 ? Math.Abs(Math.Log((double)ratio)) : double.MaxValue;
}

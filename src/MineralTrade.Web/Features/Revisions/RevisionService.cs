using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Revisions;

/// <summary>What a figure said at one time: its stated value, when it was released and retrieved, and its source.</summary>
/// <param name="Released">The source's date: for a fetched figure, the release of UN Comtrade+ that gave it.</param>
/// <param name="Retrieved">When the import (or fetch run) that brought the value was recorded.</param>
public sealed record FigureValue(decimal? ValueUsd, Qualifier Qualifier, decimal? Quantity, string? QuantityUnit, DateOnly? Released, DateTime? Retrieved,
    string SourcePublisher, string? SourceUrl, string? Note);

/// <summary>An earlier value, and when it was replaced (or withdrawn: the release that answers for the figure no longer held it).</summary>
public sealed record Vintage(FigureValue Value, DateTime Replaced, bool Withdrawn);

/// <summary>A figure's values over time: the current one (none once withdrawn) and the earlier ones, newest first.</summary>
public sealed record FigureHistory(int FigureId, FigureValue? Current, IReadOnlyList<Vintage> Earlier)
{
    public bool Withdrawn => Current is null;
}

/// <summary>The latest revision of a figure that changed its value or qualifier: what it was, and when it changed.</summary>
public sealed record Revision(decimal? WasUsd, Qualifier WasQualifier, DateOnly RevisedOn);

/// <summary>Reads the vintages the import keeps (docs/decisions/0122): a figure's history, and the latest revision of figures on screen.</summary>
public sealed class RevisionService(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    /// <summary>The most vintages one history lists (a figure revised this often is not a figure any source publishes).</summary>
    public const int MaxVintages = 1000;

    /// <summary>A figure's history; null when the store never held the id.</summary>
    public async Task<FigureHistory?> GetHistoryAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Figures.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FigureValue(f.ValueUsd, f.Qualifier, f.Quantity, f.QuantityUnit, f.SourceDate,
                db.Imports.Where(i => i.Id == f.ImportId).Select(i => (DateTime?)i.ImportedAt).FirstOrDefault(), f.SourcePublisher, f.SourceUrl, f.Note))
            .SingleOrDefaultAsync(cancellationToken);
        var earlier = await db.FigureVintages.AsNoTracking().Where(v => v.FigureId == id).OrderByDescending(v => v.Id).Take(MaxVintages)
            .Select(v => new Vintage(
                new FigureValue(v.ValueUsd, v.Qualifier, v.Quantity, v.QuantityUnit, v.SourceDate,
                    db.Imports.Where(i => i.Id == v.ImportId).Select(i => (DateTime?)i.ImportedAt).FirstOrDefault(), v.SourcePublisher, v.SourceUrl, v.Note),
                db.Imports.Where(i => i.Id == v.SupersededByImportId).Select(i => i.ImportedAt).First(),
                v.Withdrawn))
            .ToListAsync(cancellationToken);
        return current is null && earlier.Count == 0 ? null : new FigureHistory(id, Fix(current), [.. earlier.Select(e => e with { Value = Fix(e.Value)!, Replaced = Utc(e.Replaced) })]);
    }

    /// <summary>
    /// For the figures given (those a table shows: a page, never the store), the latest revision that changed a value or
    /// qualifier, dated by the new value's release (or, without one, by the import that revised it).
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Revision>> LatestRevisionsAsync(IReadOnlyCollection<Figure> figures, CancellationToken cancellationToken = default)
    {
        if (figures.Count == 0)
        {
            return new Dictionary<int, Revision>();
        }
        var ids = figures.Select(f => f.Id).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var vintages = await db.FigureVintages.AsNoTracking().Where(v => ids.Contains(v.FigureId) && !v.Withdrawn)
            .Select(v => new { v.Id, v.FigureId, v.ValueUsd, v.Qualifier, Replaced = db.Imports.Where(i => i.Id == v.SupersededByImportId).Select(i => i.ImportedAt).First() })
            .ToListAsync(cancellationToken);
        var byId = figures.DistinctBy(f => f.Id).ToDictionary(f => f.Id);
        var revisions = new Dictionary<int, Revision>();
        foreach (var latest in vintages.GroupBy(v => v.FigureId).Select(g => g.MaxBy(v => v.Id)!))
        {
            var figure = byId[latest.FigureId];
            if (latest.ValueUsd != figure.ValueUsd || latest.Qualifier != figure.Qualifier)
            {
                revisions[latest.FigureId] = new Revision(latest.ValueUsd, latest.Qualifier, figure.SourceDate ?? DateOnly.FromDateTime(latest.Replaced));
            }
        }
        return revisions;
    }

    private static FigureValue? Fix(FigureValue? value) => value is null ? null : value with { Retrieved = value.Retrieved is { } at ? Utc(at) : null };

    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}

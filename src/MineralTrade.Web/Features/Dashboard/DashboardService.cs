using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>What the filter controls offer: every value in the store, not only the filtered ones.</summary>
public sealed record FilterChoices(
    IReadOnlyList<Category> Categories, IReadOnlyList<string> Reporters, IReadOnlyList<string> Exporters, IReadOnlyList<string> Importers,
    int? FirstYear, int? LastYear);

/// <summary>The About page's facts: when the data last changed and every load that changed it.</summary>
/// <param name="LastChange">The latest import that added or changed a figure (a re-import that changed nothing is not a change).</param>
public sealed record DataHistory(Import? LastChange, IReadOnlyList<Import> Imports, IReadOnlyList<ReporterCount> Reporters);

/// <summary>One reporter's figures in the store and how recent they are.</summary>
/// <param name="LatestPeriod">The period reaching furthest (the longest of those ending last), labelled as the reporter counts.</param>
/// <param name="LatestPublished">The latest publication date of its figures, where sources give one.</param>
public sealed record ReporterCount(string Reporter, int Figures, string LatestPeriod, DateOnly? LatestPublished);

/// <summary>The dashboard's reads: one short-lived context each, the arithmetic left to <see cref="OverviewBuilder"/>.</summary>
public sealed class DashboardService(IDbContextFactory<MineralTradeDbContext> dbFactory, FigureService figures, ImportService importService)
{
    public async Task<OverviewModel> GetOverviewAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await figures.LoadAsync(filter, cancellationToken);
        var growth = await figures.GetGrowthAsync(filter, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.AsNoTracking().OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        return OverviewBuilder.Build(filter, rows, growth, target);
    }

    public async Task<FilterChoices> GetFilterChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var present = await db.Figures.Select(f => f.Category).Distinct().ToListAsync(cancellationToken);
        var reporters = await db.Figures.Select(f => f.Reporter).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        var exporters = await db.Figures.Select(f => f.Exporter).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        var importers = await db.Figures.Select(f => f.Importer).Distinct().OrderBy(i => i).ToListAsync(cancellationToken);
        var first = await db.Figures.MinAsync(f => (int?)f.PeriodStart, cancellationToken);
        var last = await db.Figures.MaxAsync(f => (int?)f.PeriodEnd, cancellationToken);
        return new FilterChoices(
            [.. HsClassification.Categories.Where(c => present.Contains(c.Id))], reporters, exporters, importers,
            first is { } f ? Period.Year(f) : null, last is { } l ? Period.Year(l) : null);
    }

    public async Task<DataHistory> GetHistoryAsync(CancellationToken cancellationToken = default)
    {
        var imports = await importService.GetHistoryAsync(cancellationToken);
        return new DataHistory(imports.Where(i => i.Added + i.Changed + i.Removed > 0).MaxBy(i => i.ImportedAt), imports, await GetRecencyAsync([], cancellationToken));
    }

    /// <summary>Per reporter (all, or the ones named), how many figures and how recent: what "how recent" means on the pages.</summary>
    public async Task<IReadOnlyList<ReporterCount>> GetRecencyAsync(IReadOnlyList<string> reporters, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = reporters.Count == 0 ? db.Figures : db.Figures.Where(f => reporters.Contains(f.Reporter));
        var latest = await figures.GroupBy(f => f.Reporter)
            .Select(g => new { Reporter = g.Key, Count = g.Count(), End = g.Max(f => f.PeriodEnd), Published = g.Max(f => f.SourceDate) })
            .ToListAsync(cancellationToken);
        var result = new List<ReporterCount>();
        foreach (var r in latest.OrderByDescending(r => r.Count).ThenBy(r => r.Reporter, StringComparer.Ordinal))
        {
            var start = await db.Figures.Where(f => f.Reporter == r.Reporter && f.PeriodEnd == r.End).MinAsync(f => f.PeriodStart, cancellationToken);
            result.Add(new ReporterCount(r.Reporter, r.Count, Period.Label(start, r.End, r.Reporter), r.Published));
        }
        return result;
    }
}

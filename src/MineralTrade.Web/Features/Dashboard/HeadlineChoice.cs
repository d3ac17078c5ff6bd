using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// The headline cards' figures: the largest figures of a period that the rules prefer in their series
/// (<see cref="Comparisons.PreferredPerPeriod"/>), found among the period's largest figures instead of all of them
/// (issue 21: a year of a Comtrade+ import holds ~2,400 figures of the charted flow, read on every request).
/// </summary>
public static class HeadlineChoice
{
    /// <summary>Figures read first, the largest: the cards' number four times over, since a series' preferred figure may be a smaller one.</summary>
    public const int FirstRead = 4 * OverviewBuilder.MaxHeadlines;

    /// <summary>The ids of the cards' figures among <paramref name="period"/>'s (one flow and period, with a value), largest first.</summary>
    public static async Task<List<int>> ChooseAsync(IQueryable<Figure> period, CancellationToken cancellationToken)
    {
        var largest = await Candidates(period.OrderByDescending(f => f.ValueUsd).ThenBy(f => f.Id).Take(FirstRead)).ToListAsync(cancellationToken);
        if (largest.Count < FirstRead)
        {
            return Chosen(largest);
        }
        // Every figure of the series among the largest, so that each series' preferred figure is the rules' own choice.
        var codes = largest.Select(f => f.HsCode).Distinct().ToList();
        var keys = largest.Select(Comparisons.SeriesKey).ToHashSet();
        var series = await Candidates(period.Where(f => codes.Contains(f.HsCode))).ToListAsync(cancellationToken);
        // No other series holds a figure above the last one read, so none prefers one: the preferred figures above it
        // are the period's largest. Strictly above, so that a tie at the floor never depends on the order of the read.
        var floor = largest[^1].ValueUsd;
        var above = Chosen([.. series.Where(f => keys.Contains(Comparisons.SeriesKey(f)))], f => f.ValueUsd > floor);
        return above.Count >= OverviewBuilder.MaxHeadlines
            ? above
            : Chosen(await Candidates(period).ToListAsync(cancellationToken));
    }

    /// <summary>The rules' choice among <paramref name="figures"/>: each series' preferred figure, the largest first, at most the cards'.</summary>
    private static List<int> Chosen(List<Figure> figures, Func<Figure, bool>? counted = null) =>
        [.. Comparisons.PreferredPerPeriod(figures).Where(counted ?? (_ => true)).OrderByDescending(f => f.ValueUsd).ThenBy(f => f.Id)
            .Take(OverviewBuilder.MaxHeadlines).Select(f => f.Id)];

    /// <summary>What the rules choose by (series, value, source): the chosen few are read whole afterwards.</summary>
    private static IQueryable<Figure> Candidates(IQueryable<Figure> figures) => figures.Select(f => new Figure
    {
        Id = f.Id, Reporter = f.Reporter, Exporter = f.Exporter, Importer = f.Importer, HsCode = f.HsCode, Product = "", Category = f.Category,
        PeriodStart = f.PeriodStart, PeriodEnd = f.PeriodEnd, ValueUsd = f.ValueUsd, Qualifier = f.Qualifier,
        SourcePublisher = f.SourcePublisher, SourceDate = f.SourceDate, SourceKind = f.SourceKind,
    });
}

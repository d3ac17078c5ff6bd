using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Updates;

/// <summary>
/// What one import or fetch run did to the store, as <c>/updates</c> and <c>/updates.atom</c> tell it: its counts, the
/// periods it wrote figures for, the figures it revised or withdrew, and the largest year-on-year moves among the
/// figures it brought. Each list holds a few (<see cref="UpdateService.Listed"/>) beside its full count: an entry
/// weighs the same whatever the import's size.
/// </summary>
/// <param name="Run">The fetch run behind the entry; null for a file import or the seed.</param>
public sealed record Update(
    Import Import,
    FetchRun? Run,
    IReadOnlyList<UpdatedPeriod> Periods,
    int PeriodCount,
    IReadOnlyList<ChangedFigure> Revised,
    int RevisedCount,
    IReadOnlyList<ChangedFigure> Withdrawn,
    int WithdrawnCount,
    IReadOnlyList<GrowthRate> Moves)
{
    /// <summary>Where the entry is on <c>/updates</c> (the page of entries from it down).</summary>
    public string Link => $"/updates?before={Import.Id + 1}#import-{Import.Id}";

    public string Title => Run is null
        ? $"Import #{Import.Id}: {Import.FileName}"
        : $"UN Comtrade+ fetch #{Import.Id} ({Run.Outcome switch { FetchOutcome.Complete => "complete", FetchOutcome.BudgetSpent => "the daily budget ran out", FetchOutcome.Failed => "some periods failed", FetchOutcome.Interrupted => "interrupted", _ => "running" }})";

    /// <summary>The counts in words: <c>12 added, 3 revised, 1 withdrawn, 40 unchanged</c>.</summary>
    public string Counts => string.Join(", ", new[]
    {
        Count(Import.Added, "added"), Count(Import.Changed, "revised"), Count(Import.Removed, "withdrawn"), Count(Import.Unchanged, "unchanged"),
    }.Where(c => c.Length > 0)) is { Length: > 0 } counts ? counts : "no figure changed";

    private static string Count(int n, string what) => n > 0 ? $"{n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {what}" : "";
}

/// <summary>A reporter's period the entry wrote figures for, and how many.</summary>
public sealed record UpdatedPeriod(string Reporter, int PeriodStart, int PeriodEnd, int Figures)
{
    public string Label => Period.Label(PeriodStart, PeriodEnd, Reporter);
}

/// <summary>A figure the entry revised (its value now) or withdrew (its value then), and its value before.</summary>
/// <param name="Now">The revised figure; null when withdrawn.</param>
public sealed record ChangedFigure(int FigureId, string Series, string PeriodLabel, decimal? WasUsd, Qualifier WasQualifier, Figure? Now);

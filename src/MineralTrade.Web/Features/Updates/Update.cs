using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Languages;

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

    private static readonly Texts s_texts = new(typeof(Update));

    /// <summary><c>Import #12: file.csv</c> or <c>UN Comtrade+ fetch #13 (complete)</c>, in <paramref name="language"/>.</summary>
    public string Title(Language language) => Run is null
        ? s_texts.Format("Import", language, ("id", Import.Id), ("file", Import.FileName))
        : s_texts.Format("Fetch", language, ("id", Import.Id), ("outcome", s_texts[Run.Outcome switch
        {
            FetchOutcome.Complete => "Complete", FetchOutcome.BudgetSpent => "BudgetSpent", FetchOutcome.Failed => "Failed", FetchOutcome.Interrupted => "Interrupted", _ => "Running",
        }, language]));

    /// <summary>A file import's title before and after its file name (the page shows the name as imported); null for a fetch.</summary>
    public (string Before, string After)? TitleAroundFile(Language language) => Run is null ? s_texts.Around("Import", language, "file", ("id", Import.Id)) : null;

    /// <summary>The counts in words: <c>12 added, 3 revised, 1 withdrawn, 40 unchanged</c>.</summary>
    public string Counts(Language language) => string.Join(s_texts["Separator", language], new[]
    {
        Count(Import.Added, "Added", language), Count(Import.Changed, "Revised", language), Count(Import.Removed, "Removed", language), Count(Import.Unchanged, "Unchanged", language),
    }.Where(c => c.Length > 0)) is { Length: > 0 } counts ? counts : s_texts["NoChange", language];

    private static string Count(int n, string key, Language language) => n > 0 ? s_texts.Format(key, language, Texts.Count(n)) : "";
}

/// <summary>A reporter's period the entry wrote figures for, and how many.</summary>
public sealed record UpdatedPeriod(string Reporter, int PeriodStart, int PeriodEnd, int Figures)
{
    /// <summary>The period's name in <paramref name="language"/> (the page's; English in the feed, as the API).</summary>
    public string Label(Language? language = null) => Period.Label(PeriodStart, PeriodEnd, Reporter, language);
}

/// <summary>A figure the entry revised (its value now) or withdrew (its value then), and its value before.</summary>
/// <param name="Now">The revised figure; null when withdrawn.</param>
public sealed record ChangedFigure(int FigureId, string Reporter, string Exporter, string Importer, string Product, string HsCode, int PeriodStart, int PeriodEnd, decimal? WasUsd, Qualifier WasQualifier, Figure? Now)
{
    /// <summary>The figure's period in <paramref name="language"/> (the page's; English in the feed, as the API).</summary>
    public string PeriodLabel(Language? language = null) => Period.Label(PeriodStart, PeriodEnd, Reporter, language);

    /// <summary>Whose flow of what, in <paramref name="language"/> (<see cref="UpdateWords.Series(string, string, string, string, string, Language?)"/>).</summary>
    public string Series(Language language) => UpdateWords.Series(Reporter, Exporter, Importer, Product, HsCode, language);
}

using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>
/// Figures of two or more reporters for the same flow, HS code and months that are not set side by side, because they
/// do not count the same thing (goods against goods and services, or a total that does not say): docs/decisions/0067.
/// Its sentences are in the page's language (<c>Resources/Features/Mirror/UnpairedComparison.*.resx</c>); the API's are English.
/// </summary>
public sealed record UnpairedComparison(IReadOnlyList<Figure> Figures)
{
    private static readonly Texts s_texts = new(typeof(UnpairedComparison));

    public string Exporter => Figures[0].Exporter;
    public string Importer => Figures[0].Importer;
    public string HsCode => Figures[0].HsCode;
    public int PeriodStart => Figures[0].PeriodStart;
    public int PeriodEnd => Figures[0].PeriodEnd;
    public string PeriodLabel => Period.Label(PeriodStart, PeriodEnd, Figures.Select(f => f.Reporter));

    /// <summary>"CN-GACC $368 M (goods); PK-SBP $318.8 M (goods and services)".</summary>
    public string FiguresDisplay => string.Join("; ", Figures.Select(f => $"{f.Reporter} {Money.Usd(f.ValueUsd, f.Qualifier)} ({Coverages.Label(f.Coverage)})"));

    /// <summary>Why such comparisons are not pairs, for all of them at once.</summary>
    public static string Why(Language? language = null) => s_texts["Why", language ?? Language.Current];

    /// <summary>
    /// What each reporter of these comparisons counts, and what would make a pair: a page with no pair at all says why
    /// and how one could come ("CN-GACC: goods; PK-SBP: goods and services. A pair needs...").
    /// </summary>
    public static string WhatWouldPair(IEnumerable<UnpairedComparison> items, Language? language = null)
    {
        language ??= Language.Current;
        var figures = items.SelectMany(u => u.Figures).ToList();
        var counts = figures.GroupBy(f => f.Reporter).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => s_texts.Format("ReporterCounts", language, ("reporter", Bidi.Ltr(g.Key, language)),
                ("coverages", string.Join(s_texts["Or", language], g.Select(f => f.Coverage).Distinct().Order().Select(c => Coverages.Label(c, language))))));
        var goods = figures.Where(f => f.Coverage == Coverage.Goods).Select(f => f.Reporter).Distinct().Order(StringComparer.Ordinal).ToList();
        (string, object?) what = ("counts", string.Join(s_texts["Separator", language], counts));
        return goods.Count == 0
            ? s_texts.Format("WhatWouldPair", language, what)
            : s_texts.Format("WhatWouldPairWith", language, what, ("reporters", string.Join(s_texts["And", language], goods.Select(r => Bidi.Ltr(r, language)))));
    }

    /// <summary>Why this one has no gap, in a sentence.</summary>
    public string Reason => s_texts[Figures.Any(f => f.Coverage == Coverage.Unstated) ? "ReasonUnstated" : "ReasonDifferent", Language.Current];
}

using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>
/// Figures of two or more reporters for the same flow, HS code and months that are not set side by side, because they
/// do not count the same thing (goods against goods and services, or a total that does not say): docs/decisions/0067.
/// </summary>
public sealed record UnpairedComparison(IReadOnlyList<Figure> Figures)
{
    public string Exporter => Figures[0].Exporter;
    public string Importer => Figures[0].Importer;
    public string HsCode => Figures[0].HsCode;
    public int PeriodStart => Figures[0].PeriodStart;
    public int PeriodEnd => Figures[0].PeriodEnd;
    public string PeriodLabel => Period.Label(PeriodStart, PeriodEnd, Figures.Select(f => f.Reporter));

    /// <summary>"CN-GACC $368 M (goods); PK-SBP $318.8 M (goods and services)".</summary>
    public string FiguresDisplay => string.Join("; ", Figures.Select(f => $"{f.Reporter} {Money.Usd(f.ValueUsd, f.Qualifier)} ({Coverages.Label(f.Coverage)})"));

    /// <summary>Why such comparisons are not pairs, for all of them at once.</summary>
    public const string Why = "Figures that do not count the same thing (goods only, against goods and services, or a total whose source does not say) are not set side by side: the difference between them is not a gap between two reporters.";

    /// <summary>
    /// What each reporter of these comparisons counts, and what would make a pair: a page with no pair at all says why
    /// and how one could come ("CN-GACC: goods; PK-SBP: goods and services. A pair needs...").
    /// </summary>
    public static string WhatWouldPair(IEnumerable<UnpairedComparison> items)
    {
        var figures = items.SelectMany(u => u.Figures).ToList();
        var counts = figures.GroupBy(f => f.Reporter).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(" or ", g.Select(f => f.Coverage).Distinct().Order().Select(Coverages.Label))}");
        var goods = figures.Where(f => f.Coverage == Coverage.Goods).Select(f => f.Reporter).Distinct().Order(StringComparer.Ordinal).ToList();
        return $"What these figures count: {string.Join("; ", counts)}. A pair needs two reporters' figures for the same flow, code and months that count the same thing (goods against goods, or goods and services against goods and services)"
            + (goods.Count == 0 ? "." : $": a figure of goods only from another reporter for the same months (UN Comtrade+ files are goods) would pair with {string.Join(" and ", goods)}'s.");
    }

    /// <summary>Why this one has no gap, in a sentence.</summary>
    public string Reason => Figures.Any(f => f.Coverage == Coverage.Unstated)
        ? "Not paired: a source does not say whether services are in its total, so the two may not count the same thing."
        : "Not paired: one counts goods only, the other goods and services; the difference between them is not a gap between two reporters.";
}

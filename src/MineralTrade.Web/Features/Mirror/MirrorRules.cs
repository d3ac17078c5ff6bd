using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>
/// The pairing rules of mirror statistics (docs/decisions/0060-mirror-pairs.md): the same exporter, importer, HS code
/// and months; different named reporters; one figure per reporter (the preferred one where sources overlap).
/// </summary>
public static class MirrorRules
{
    private static readonly Texts s_texts = new(typeof(MirrorRules));

    /// <summary>What a comparison is about: one flow, one code, one run of months.</summary>
    public static (string Exporter, string Importer, string HsCode, int PeriodStart, int PeriodEnd) KeyOf(Figure f) =>
        (f.Exporter, f.Importer, f.HsCode, f.PeriodStart, f.PeriodEnd);

    /// <summary>
    /// Whether a figure can stand in a pair: it has a value, and its reporter is named (an <c>unstated</c> reporter
    /// could be either side, or the same statistics as the other figure).
    /// </summary>
    public static bool CanPair(Figure f) => f.ValueUsd is not null && f.Reporter != Codes.Unstated;

    /// <summary>
    /// The reporter's country is the code's first part where it is a country (<c>CN</c>-GACC, <c>PK</c>-SBP,
    /// <c>IN</c>-COMTRADE); its side is the importer's or the exporter's where that country is one of the two.
    /// </summary>
    public static ReporterSide SideOf(string reporter, string exporter, string importer)
    {
        var dash = reporter.IndexOf('-', StringComparison.Ordinal);
        var country = dash == 2 ? reporter[..2].ToUpperInvariant() : null;
        return country == importer ? ReporterSide.Importer : country == exporter ? ReporterSide.Exporter : ReporterSide.Other;
    }

    /// <summary>
    /// Whether a figure's coverage can stand in a pair: goods with goods, goods and services with goods and services; a
    /// total whose source does not say what it counts is like nothing (docs/decisions/0067).
    /// </summary>
    public static bool KnownCoverage(Figure f) => f.Coverage != Coverage.Unstated;

    /// <summary>
    /// Every pair of two reporters for each flow, code and months that two or more named reporters give, counting the
    /// same thing (<see cref="Figure.Coverage"/>): goods are never set against goods and services.
    /// </summary>
    public static List<MirrorPair> Pairs(IEnumerable<Figure> figures)
    {
        var pairs = new List<MirrorPair>();
        foreach (var group in figures.Where(f => CanPair(f) && KnownCoverage(f)).GroupBy(f => (Key: KeyOf(f), f.Coverage)))
        {
            var sides = group
                .GroupBy(f => f.Reporter)
                .Select(r => (Figure: Comparisons.Preferred(r), Side: SideOf(r.Key, group.Key.Key.Exporter, group.Key.Key.Importer)))
                .OrderBy(s => s.Side)
                .ThenBy(s => s.Figure.Reporter, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < sides.Count; i++)
            {
                for (var j = i + 1; j < sides.Count; j++)
                {
                    pairs.Add(Pair(sides[i].Figure, sides[i].Side, sides[j].Figure, sides[j].Side));
                }
            }
        }
        return pairs;
    }

    /// <summary>
    /// The flows, codes and months that two or more named reporters give but that are not all paired, because their
    /// figures count different things or one does not say what it counts: each with the reporters' figures (the
    /// preferred one per reporter and coverage), so that a page can say why there is no gap.
    /// </summary>
    public static List<UnpairedComparison> Unpaired(IEnumerable<Figure> figures)
    {
        var unpaired = new List<UnpairedComparison>();
        foreach (var group in figures.Where(CanPair).GroupBy(KeyOf))
        {
            var chosen = group.GroupBy(f => (f.Reporter, f.Coverage)).Select(Comparisons.Preferred)
                .OrderBy(f => SideOf(f.Reporter, f.Exporter, f.Importer)).ThenBy(f => f.Reporter, StringComparer.Ordinal).ThenBy(f => f.Coverage)
                .ToList();
            var reporters = chosen.Select(f => f.Reporter).Distinct(StringComparer.Ordinal).Count();
            if (reporters > 1 && (chosen.Select(f => f.Coverage).Distinct().Count() > 1 || !chosen.All(KnownCoverage)))
            {
                unpaired.Add(new UnpairedComparison(chosen));
            }
        }
        return unpaired;
    }

    private static MirrorPair Pair(Figure first, ReporterSide firstSide, Figure second, ReporterSide secondSide)
    {
        var a = first.ValueUsd!.Value;
        var b = second.ValueUsd!.Value;
        var kind = (firstSide, secondSide) switch
        {
            (ReporterSide.Importer, ReporterSide.Exporter) => PairKind.Mirror,
            (ReporterSide.Importer, ReporterSide.Importer) or (ReporterSide.Exporter, ReporterSide.Exporter) => PairKind.SameSide,
            _ => PairKind.Other,
        };
        var (qualifier, reason) = GapQualifier(first.Qualifier, second.Qualifier);
        // Rounded toward the bound, so that "≥ +10.0%" never claims more than the 10.05% it stands for.
        decimal? percent = b > 0m ? Money.Rounded((a - b) / b * 100m, qualifier) : null;
        return new MirrorPair(first, firstSide, second, secondSide, kind, a - b, percent, qualifier, reason);
    }

    /// <summary>
    /// A lower bound on the first side makes the gap a lower bound; on the second side, an upper bound. The reason is in
    /// the language of the request (the API's is English, decision 0110).
    /// </summary>
    public static (DerivedQualifier Qualifier, string? Reason) GapQualifier(Qualifier first, Qualifier second, Language? language = null)
    {
        var (qualifier, reading) = Comparisons.Ratio(Comparisons.WithPart(DerivedQualifier.Exact, first), Comparisons.WithPart(DerivedQualifier.Exact, second));
        language ??= Language.Current;
        return (qualifier, reading switch
        {
            RatioReading.Exact => null,
            RatioReading.Approximate => s_texts["GapApproximate", language],
            RatioReading.FirstIsBound => s_texts["GapFirstIsBound", language],
            RatioReading.SecondIsBound => s_texts["GapSecondIsBound", language],
            _ => s_texts["GapBothBounds", language],
        });
    }

    /// <summary>Why the two values of a pair differ, in a sentence a reader can take in beside the numbers.</summary>
    public static string Explain(PairKind kind, Language? language = null) => s_texts[kind switch
    {
        PairKind.Mirror => "ExplainMirror",
        PairKind.SameSide => "ExplainSameSide",
        _ => "ExplainOther",
    }, language ?? Language.Current];
}

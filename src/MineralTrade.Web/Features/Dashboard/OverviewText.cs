using System.Globalization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// What the overview says in words: the summary of each chart (read by screen readers in place of the picture),
/// counts with their plurals, and which way a growth went. Made from the numbers, never from formatted text.
/// </summary>
public static class OverviewText
{
    /// <summary><c>1 category</c>, <c>12 categories</c>, <c>49,000 figures</c>.</summary>
    public static string Count(int count, string one, string many) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    /// <summary>Codes a name spells out at most; past that, a basket reads by heading (<see cref="Basket"/>).</summary>
    public const int MaxNamedCodes = 4;

    /// <summary>
    /// The HS codes a sum adds, as a series names them: <c>2606</c>, <c>2606 + 76</c>; a long basket by heading, so
    /// that a name weighs the same whatever the store holds: <c>2601: 87 codes + 7403: 90 codes</c>, and past
    /// <see cref="MaxNamedCodes"/> headings <c>2601: 87 codes + 2603: 89 codes + 2606: 90 codes + 1,020 more codes</c>.
    /// </summary>
    public static string Basket(IEnumerable<string> codes)
    {
        var all = codes.Distinct().Order(StringComparer.Ordinal).ToList();
        if (all.Count <= MaxNamedCodes)
        {
            return string.Join(" + ", all);
        }
        // Sorted, so a heading's codes are one run: counted in one pass (a page names hundreds of baskets of ~90 codes).
        var headings = new List<(string Text, int Codes)>();
        for (var i = 0; i < all.Count;)
        {
            var heading = all[i].AsSpan(0, Math.Min(4, all[i].Length));
            var end = i + 1;
            while (end < all.Count && all[end].AsSpan(0, Math.Min(4, all[end].Length)).SequenceEqual(heading))
            {
                end++;
            }
            var count = end - i;
            headings.Add(count == 1 ? (all[i], 1) : ($"{heading}: {count.ToString("N0", CultureInfo.InvariantCulture)} codes", count));
            i = end;
        }
        return headings.Count <= MaxNamedCodes
            ? string.Join(" + ", headings.Select(h => h.Text))
            : string.Join(" + ", headings.Take(MaxNamedCodes - 1).Select(h => h.Text))
              + $" + {headings.Skip(MaxNamedCodes - 1).Sum(h => h.Codes).ToString("N0", CultureInfo.InvariantCulture)} more codes";
    }

    /// <summary>
    /// Names made apart where a shortened basket made two the same: each after the first gets <c>(from ...)</c>, its
    /// first period, which differs since the two series are different baskets of the same reporter and kind of period.
    /// </summary>
    public static List<string> Apart(IReadOnlyList<(string Name, string FirstPeriod)> series)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The number each name tries next: hundreds of series of one name cost one try each, not one per earlier series.
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (name, first) in series)
        {
            var unique = name;
            var n = next.GetValueOrDefault($"{name}\n{first}");
            if (n > 0 || !seen.Add(unique))
            {
                for (n = Math.Max(n, 1); !seen.Add(unique = n == 1 ? $"{name} (from {first})" : $"{name} (from {first}, {n})"); n++)
                {
                }
                next[$"{name}\n{first}"] = n + 1;
            }
            names.Add(unique);
        }
        return names;
    }

    /// <summary><c>copper</c>, <c>copper and zinc</c>, <c>copper, zinc and lead</c>.</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}",
        };
    }

    /// <summary>
    /// The view a chart was drawn from, for a reader who has only the picture (decision 0104): categories, HS codes,
    /// reporters, years, kind of period and the flow charted (<c>Copper and Zinc; reporter CN-GACC; 2022 to 2025; half
    /// years; PK → CN</c>).
    /// </summary>
    public static string View(FigureFilter filter, Flow? flow)
    {
        var parts = new List<string>
        {
            filter.Categories.Count == 0
                ? "Mineral categories"
                : List(filter.Categories.Select(c => HsClassification.TryGetCategory(c, out var category) ? category.Name : c)),
        };
        if (filter.HsCodes.Count > 0)
        {
            parts.Add($"HS {List(filter.HsCodes)}");
        }
        parts.Add(filter.Reporters switch
        {
            [] => "every reporter",
            // "Reporter not stated", not "reporter unstated": a picture's reader has no filter to read the value from.
            [var one] when one.Equals(Codes.Unstated, StringComparison.OrdinalIgnoreCase) => Reporters.Label(one, Languages.Language.English),
            [var one] => $"reporter {one}",
            var many => $"reporters {List(many.Select(r => Reporters.Label(r, Languages.Language.English)))}",
        });
        parts.Add((filter.From, filter.To) switch
        {
            (null, null) => "every year",
            ({ } from, null) => $"{from} onwards",
            (null, { } to) => $"up to {to}",
            ({ } from, { } to) when from == to => $"{from}",
            ({ } from, { } to) => $"{from} to {to}",
        });
        if (filter.Period is { } kind)
        {
            parts.Add(PeriodKinds(kind));
        }
        if (flow is not null)
        {
            parts.Add(flow.Label);
        }
        return string.Join("; ", parts);
    }

    /// <summary>A kind of period in words: <c>full years</c>, <c>fiscal years (July–June)</c>, <c>quarters</c>.</summary>
    public static string PeriodKinds(PeriodKind kind) => kind switch
    {
        PeriodKind.Annual => "full years",
        PeriodKind.FiscalYear => "fiscal years (July–June)",
        PeriodKind.HalfYear => "half years",
        PeriodKind.Quarter => "quarters",
        PeriodKind.Month => "months",
        _ => "other spans of months (such as January to May)",
    };

    /// <summary>
    /// How recent each reporter's figures are: <c>CN-GACC 2025, published up to 2026-01-27; PK-SBP Jul 2025–Jan 2026,
    /// published up to 2026-02-18</c>; "Reporter not stated" for <c>unstated</c>.
    /// </summary>
    public static string Recency(IEnumerable<ReporterCount> reporters) => string.Join("; ", reporters.Select(r =>
        $"{Reporters.Label(r.Reporter)} up to {r.LatestPeriod}{(r.LatestPublished is { } d ? ", published " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}"));

    /// <summary>
    /// Why a panel is empty, in one line, and which part of the filter to widen (<c>period=half-year</c> first, then the
    /// years, reporters, HS codes, categories and flow): an empty panel never just says "nothing".
    /// </summary>
    public static string Empty(string why, FigureFilter? filter) =>
        filter is not null && Widen(filter) is { } wider ? $"{why} Widen the view: {wider.Words}." : why;

    /// <summary>The filter with its narrowest part made "any", and that part in words; null when nothing is narrowed.</summary>
    public static (string Words, FigureFilter Filter)? Widen(FigureFilter filter) => filter switch
    {
        { Period: { } kind } => ($"any kind of period, not only {PeriodKinds(kind)}", filter with { Period = null }),
        { From: not null } or { To: not null } => ("every year", filter with { From = null, To = null }),
        { Reporters.Count: > 0 } => ("every reporter", filter with { Reporters = [] }),
        { HsCodes.Count: > 0 } => ("every HS code", filter with { HsCodes = [] }),
        { Categories.Count: > 0 } => ("every mineral category", filter with { Categories = [] }),
        { Exporter: not null } or { Importer: not null } => ("every flow", filter with { Exporter = null, Importer = null }),
        _ => null,
    };

    public static GrowthDirection Direction(decimal percent) => percent < 0 ? GrowthDirection.Down : GrowthDirection.Up;

    public static string OtherFlows(IReadOnlyList<Flow> others) =>
        $"Other flows in this view: {string.Join(", ", others.Select(f => f.Label))}; choose an exporter and importer to chart one.";

    /// <summary>The view's line under the title: <c>24 figures match this view</c>.</summary>
    public static string Matching(int figures) => $"{Count(figures, "figure", "figures")} {(figures == 1 ? "matches" : "match")} this view";

    /// <summary>The heading of the table of every figure in the view.</summary>
    public static string AllFigures(int figures) => figures == 1 ? "The one figure in this view" : $"All {Count(figures, "figure", "figures")} in this view";

    public static string Headlines(string? latestPeriod) =>
        latestPeriod is null ? "No period of this kind in this view" : $"{latestPeriod}: the latest period in this view";

    public static string ByCategory(IReadOnlyList<TotalPoint> bars, string? period, FigureFilter? filter = null) => bars.Count == 0
        ? Empty("No category has a value for a period of this kind in this view.", filter)
        : $"{Count(bars.Count, "category", "categories")} with a value in {period}, largest first: "
          + string.Join("; ", bars.Select(b => $"{HsClassification.Label(b.Category, b.Codes)} {b.Display}"))
          + ". Each bar adds the category's published figures for one reporter without counting any twice; all goods are left out unless chosen.";

    public static string ByYear(IReadOnlyList<YearSeries> series, FigureFilter? filter = null) => series.Count == 0
        ? Empty("No full year, fiscal year, half year, quarter or month with a value in this view (other spans of months, such as January to May, are in the table of figures).", filter)
        : "One chart per kind of period (full years, fiscal years, half years, quarters, months), each on its own axis of every period; "
          + "one line per category, reporter and set of HS codes added up, so that no line joins two reporters, and none crosses a period without a value; "
          + "where a later set holds the earlier one and more, the line goes on and the point where it widens says what the sum adds from there (+ 76), other sets are lines of their own. "
          + "Each point is one reporter's sum; its tooltip names the reporter and source. Other spans of months, such as January to May, are in the table of figures. "
          + RecentOnly;

    /// <summary>What the time charts leave out (<see cref="OverviewBuilder.MaxPeriods"/>).</summary>
    public const string RecentOnly = "At most the latest 24 months, 12 quarters, 10 half years and 25 years or fiscal years are drawn; the list of figures and the CSV have every period.";

    /// <summary>The summary with every point: what a screen reader reads for the chart.</summary>
    public static string ByYearDescription(IReadOnlyList<YearSeries> series) => ByYear(series) + " "
        + string.Join("; ", series.Select(s => $"{s.Name}: {string.Join(", ", s.Points.Select(p => $"{p.PeriodLabel} {p.Display}"))}"));

    /// <param name="drawn">The rates drawn: the highest and lowest <see cref="OverviewBuilder.GrowthEnds"/> of <paramref name="count"/>.</param>
    public static string Growth(IReadOnlyList<GrowthRate> drawn, int count, FigureFilter? filter = null) => drawn.Count == 0
        ? Empty("No like-for-like pair (the same reporter, product and months one year apart) in this view.", filter)
        : $"{Count(count, "growth rate", "growth rates")}, each against the same reporter, product and months one year earlier (H1 with H1, never H1 with a full year). "
          + (count > drawn.Count ? $"The {OverviewBuilder.GrowthEnds} highest and {OverviewBuilder.GrowthEnds} lowest are drawn; /api/growth with this view's query lists them all. " : "")
          + "Green up, red down, on a scale where each step is ten times the last (so that +4,000% and -10% both show); "
          + "starred (*) and hatched bars involve a bound or an approximate figure.";

    public static string GrowthDescription(IReadOnlyList<GrowthRate> drawn, int count) => Growth(drawn, count) + " "
        + string.Join("; ", drawn.Select(g => $"{g.Current.Product} {g.PeriodLabel} {Money.Percent(g.GrowthPercent, g.Qualifier)}"));

    /// <summary>The products named without a value listed, when there are more: <c>The latest 50 of 1,204; the list of figures has them all.</c></summary>
    public static string NamedShown(int shown, int count) =>
        $"The latest {shown.ToString("N0", CultureInfo.InvariantCulture)} of {count.ToString("N0", CultureInfo.InvariantCulture)}; the list of figures has them all.";

    public static string ValueAddedTitle(bool allKnown) =>
        allKnown ? "Value added: processed against raw, all products known" : "Value added: processed against raw, same products";

    /// <summary>The chart's summary in the view shown (docs/decisions/0092): what each period counts, and which series have nothing in common.</summary>
    public static string ValueAdded(ValueAdded valueAdded, bool allKnown, FigureFilter? filter = null)
    {
        var points = allKnown ? valueAdded.AllKnown : valueAdded.SameProducts;
        var added = valueAdded.AllKnown.Where(p => p.Difference.Count > 0)
            .Select(p => $"{p.PeriodLabel} ({p.Reporter}) adds {string.Join(", ", p.Difference.Items.Select(c => c.Split(' ')[0]))}"
                + (p.Difference.More > 0 ? $" and {Count(p.Difference.More, "more product", "more products")}" : "")).ToList();
        var view = allKnown
            ? "All products known: each period counts every product with a published value, so periods may count different products"
              + (added.Count > 0 ? $"; against the same products, {string.Join("; ", added)}." : ".")
            : "Same products: each period counts only the HS codes counted in every period of its series (the table lists them)."
              + (valueAdded.NoCommonProducts.Count > 0 ? $" No product in common in every period: {string.Join("; ", valueAdded.NoCommonProducts)}." : "");
        return points.Count == 0
            ? Empty($"No period in this view has values for both a processed product (metal, articles) and a raw one (ores). {view}", filter)
            : "Share of processed stages (refined and unwrought metal, articles, whole metal chapters) against ores, concentrates and crude minerals, per period and series where both are known: "
              + string.Join("; ", points.Select(v => $"{v.PeriodLabel} ({v.Reporter}) {v.ShareDisplay} processed"))
              + $". {view} Scrap and gemstones are in neither. Starred (*) periods involve a bound or an approximate figure. "
              + $"At most {OverviewBuilder.MaxValueAddedBars} bars are drawn: the latest {OverviewBuilder.ValueAddedPeriods} periods of each reporter and kind of period, full years first"
              + (valueAdded.LeftOut.Count > 0 ? $"; not drawn: {string.Join("; ", valueAdded.LeftOut)} (the CSV of this view has their figures)." : ".");
    }

    /// <summary>The goal as its source put it: a range a year "within this decade", read here as by the decade's end.</summary>
    public static string TargetTitle(TargetTrack t) => $"Target tracker: {Money.Usd(t.LowUsd)}–{Money.Usd(t.HighUsd)} a year within this decade (by {t.ByYear})";

    /// <summary>
    /// Where the view narrows the goal's basket (a category or an HS code chosen), what that does to the known level:
    /// it adds what is in view, not every mineral export the goal counts; null where the view keeps the whole basket.
    /// </summary>
    public static string? TargetNarrowed(FigureFilter filter)
    {
        if (filter.Categories.Count == 0 && !filter.HasCodes)
        {
            return null;
        }
        var chosen = filter.Categories.Select(c => HsClassification.TryGetCategory(c, out var category) ? category.Name : c)
            .Concat(filter.HsCodes.Concat(filter.HsCodesWithInside).Select(c => $"HS {c}"));
        return $"This view shows {List(chosen)} only: the known level here adds what is in view, not every mineral export the goal counts, "
            + "so it cannot be set against the goal. Clear the category and HS code filters to compare the goal with every mineral category.";
    }

    public static string Target(TargetTrack t) =>
        $"The goal: {Money.Usd(t.LowUsd)} to {Money.Usd(t.HighUsd)} of mineral exports a year within this decade (read here as by {t.ByYear}), to all destinations."
        + (t.BaselineUsd is { } b ? $" From the stated ~ {Money.Usd(b)} (no period or definition given), that takes {Money.Percent(t.RequiredLowPercent ?? 0m)} to {Money.Percent(t.RequiredHighPercent ?? 0m)} growth a year." : "")
        + (t.Known is [.., var k] ? $" Latest known sum of mineral categories {t.KnownFlow?.Label}: {k.Display} in {k.PeriodLabel}." : "");
}

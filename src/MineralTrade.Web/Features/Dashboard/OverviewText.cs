using System.Globalization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// What the overview says in words: the summary of each chart (read by screen readers in place of the picture),
/// counts with their plurals, and which way a growth went. Made from the numbers, never from formatted text, in the
/// page's language (<c>Resources/Features/Dashboard/OverviewText.*.resx</c>) or the one given. Series names
/// (<see cref="Basket(IEnumerable{string})"/>, <see cref="Apart"/>) stay English: the charts' CSV names its series so in every language.
/// </summary>
public static class OverviewText
{
    private static readonly Texts s_texts = new(typeof(OverviewText));

    /// <summary><c>1 category</c>, <c>12 categories</c>, <c>49,000 figures</c>.</summary>
    public static string Count(int count, string one, string many) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    /// <summary>Codes a name spells out at most; past that, a basket reads by heading (<see cref="Basket(IEnumerable{string}, Language)"/>).</summary>
    public const int MaxNamedCodes = 4;

    /// <summary>
    /// The HS codes a sum adds, as a series names them: <c>2606</c>, <c>2606 + 76</c>; a long basket by heading, so
    /// that a name weighs the same whatever the store holds: <c>2601: 87 codes + 7403: 90 codes</c>, and past
    /// <see cref="MaxNamedCodes"/> headings <c>2601: 87 codes + 2603: 89 codes + 2606: 90 codes + 1,020 more codes</c>.
    /// </summary>
    public static string Basket(IEnumerable<string> codes) => Basket(codes, Language.English);

    /// <summary><see cref="Basket(IEnumerable{string})"/> in <paramref name="language"/>'s words: <c>2601：87 个HS编码</c>.</summary>
    public static string Basket(IEnumerable<string> codes, Language language)
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
            headings.Add(count == 1 ? (all[i], 1)
                : (s_texts.Format("BasketHeading", language, ("heading", heading.ToString()), ("count", count.ToString("N0", CultureInfo.InvariantCulture))), count));
            i = end;
        }
        return headings.Count <= MaxNamedCodes
            ? string.Join(" + ", headings.Select(h => h.Text))
            : string.Join(" + ", headings.Take(MaxNamedCodes - 1).Select(h => h.Text))
              + " + " + s_texts.Format("BasketMore", language, ("count", headings.Skip(MaxNamedCodes - 1).Sum(h => h.Codes).ToString("N0", CultureInfo.InvariantCulture)));
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

    /// <summary><c>copper</c>, <c>copper and zinc</c>, <c>copper, zinc and lead</c>; <c>铜、锌和铅</c>.</summary>
    public static string List(IEnumerable<string> items, Language? language = null)
    {
        language ??= Language.Current;
        var all = items.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => s_texts.Format("ListAnd", language, ("items", Texts.Join(all.Take(all.Count - 1), language)), ("last", all[^1])),
        };
    }

    /// <summary>Parts of a line one after another: <c>; </c>, <c>；</c>, <c>؛ </c>.</summary>
    private static string Semicolons(IEnumerable<string> parts, Language language) => string.Join(s_texts["Semicolon", language], parts);

    /// <summary>A flow's codes and arrow, one left-to-right run in Urdu: <c>PK → CN</c>.</summary>
    public static string FlowLabel(Flow flow, Language? language = null) => Bidi.Ltr(flow.Label, language ?? Language.Current);

    /// <summary>A path, a name or a list of names kept as it is: isolated where the page is not English, so that it reads as one run.</summary>
    private static string AsIs(string text, Language language) => language == Language.English ? text : Bidi.Isolate(text);

    /// <summary>
    /// The view a chart was drawn from, for a reader who has only the picture (decision 0104): categories, HS codes,
    /// reporters, years, kind of period and the flow charted (<c>Copper and Zinc; reporter CN-GACC; 2022 to 2025; half
    /// years; PK → CN</c>).
    /// </summary>
    public static string View(FigureFilter filter, Flow? flow, Language? language = null)
    {
        language ??= Language.Current;
        var parts = new List<string>
        {
            filter.Categories.Count == 0
                ? s_texts["ViewCategories", language]
                : List(filter.Categories.Select(c => HsClassification.TryGetCategory(c, out _) ? HsClassification.CategoryName(c, language) : c), language),
        };
        if (filter.HsCodes.Count > 0)
        {
            parts.Add(s_texts.Format("Codes", language, ("codes", List(filter.HsCodes.Select(c => Bidi.Ltr(c, language)), language))));
        }
        parts.Add(filter.Reporters switch
        {
            [] => s_texts["EveryReporter", language],
            // "Reporter not stated", not "reporter unstated": a picture's reader has no filter to read the value from.
            [var one] when one.Equals(Codes.Unstated, StringComparison.OrdinalIgnoreCase) => Reporters.Label(one, language),
            [var one] => s_texts.Format("Reporter", language, ("reporter", Reporters.Label(one, language))),
            var many => s_texts.Format("Reporters", language, ("reporters", List(many.Select(r => Reporters.Label(r, language)), language))),
        });
        parts.Add((filter.From, filter.To) switch
        {
            (null, null) => s_texts["EveryYear", language],
            ({ } from, null) => s_texts.Format("YearsFrom", language, ("from", from)),
            (null, { } to) => s_texts.Format("YearsUpTo", language, ("to", to)),
            ({ } from, { } to) when from == to => s_texts.Format("Year", language, ("year", from)),
            ({ } from, { } to) => s_texts.Format("Years", language, ("from", from), ("to", to)),
        });
        if (filter.Period is { } kind)
        {
            parts.Add(PeriodKinds(kind, language));
        }
        if (flow is not null)
        {
            parts.Add(FlowLabel(flow, language));
        }
        return Semicolons(parts, language);
    }

    /// <summary>
    /// A kind of period in words: <c>full years</c>, <c>fiscal years (July–June)</c>, <c>quarters</c>; in the page's
    /// language, or English where it names a series (the charts' CSV is the same in every language).
    /// </summary>
    public static string PeriodKinds(PeriodKind kind, Language? language = null) => s_texts[kind switch
    {
        PeriodKind.Annual => "KindAnnual",
        PeriodKind.FiscalYear => "KindFiscalYear",
        PeriodKind.HalfYear => "KindHalfYear",
        PeriodKind.Quarter => "KindQuarter",
        PeriodKind.Month => "KindMonth",
        _ => "KindOther",
    }, language ?? Language.Current];

    /// <summary>
    /// How recent each reporter's figures are: <c>CN-GACC up to 2025, published 2026-01-27; PK-SBP up to Jul 2025–Jan 2026,
    /// published 2026-02-18</c>; "Reporter not stated" for <c>unstated</c>.
    /// </summary>
    public static string Recency(IEnumerable<ReporterCount> reporters, Language? language = null)
    {
        language ??= Language.Current;
        return Semicolons(reporters.Select(r => r.LatestPublished is { } d
            ? s_texts.Format("RecencyPublished", language, ("reporter", Reporters.Label(r.Reporter, language)), ("period", r.LatestPeriod), ("date", PeriodNames.For(language).Day(d)))
            : s_texts.Format("Recency", language, ("reporter", Reporters.Label(r.Reporter, language)), ("period", r.LatestPeriod))), language);
    }

    /// <summary>
    /// Why a panel is empty, in one line, and which part of the filter to widen (<c>period=half-year</c> first, then the
    /// years, reporters, HS codes, categories and flow): an empty panel never just says "nothing".
    /// </summary>
    public static string Empty(string why, FigureFilter? filter, Language? language = null)
    {
        language ??= Language.Current;
        return filter is not null && Widen(filter, language) is { } wider ? s_texts.Format("Widen", language, ("why", why), ("wider", wider.Words)) : why;
    }

    /// <summary>The filter with its narrowest part made "any", and that part in words; null when nothing is narrowed.</summary>
    public static (string Words, FigureFilter Filter)? Widen(FigureFilter filter, Language? language = null)
    {
        language ??= Language.Current;
        return filter switch
        {
            { Period: { } kind } => (s_texts.Format("WidenPeriod", language, ("kinds", PeriodKinds(kind, language))), filter with { Period = null }),
            { From: not null } or { To: not null } => (s_texts["EveryYear", language], filter with { From = null, To = null }),
            { Reporters.Count: > 0 } => (s_texts["EveryReporter", language], filter with { Reporters = [] }),
            { HsCodes.Count: > 0 } => (s_texts["EveryCode", language], filter with { HsCodes = [] }),
            { Categories.Count: > 0 } => (s_texts["EveryCategory", language], filter with { Categories = [] }),
            { Exporter: not null } or { Importer: not null } => (s_texts["EveryFlow", language], filter with { Exporter = null, Importer = null }),
            _ => null,
        };
    }

    public static GrowthDirection Direction(decimal percent) => percent < 0 ? GrowthDirection.Down : GrowthDirection.Up;

    public static string OtherFlows(IReadOnlyList<Flow> others, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("OtherFlows", language, ("flows", Texts.Join(others.Select(f => FlowLabel(f, language)), language)));
    }

    /// <summary>The view's line under the title: <c>24 figures match this view</c>.</summary>
    public static string Matching(int figures, Language? language = null) => s_texts.Plural("Matching", figures, language ?? Language.Current);

    /// <summary>The heading of the table of every figure in the view.</summary>
    public static string AllFigures(int figures, Language? language = null) => s_texts.Plural("AllFigures", figures, language ?? Language.Current);

    public static string Headlines(string? latestPeriod, Language? language = null)
    {
        language ??= Language.Current;
        return latestPeriod is null ? s_texts["HeadlinesNone", language] : s_texts.Format("Headlines", language, ("period", latestPeriod));
    }

    /// <summary>
    /// A card's like-for-like growth, what it is against: <c>against 2024 ($0.29 M)</c>, and why the rate is flagged
    /// where it is (the reason as the rules give it).
    /// </summary>
    public static string Against(GrowthRate rate, Language? language = null)
    {
        language ??= Language.Current;
        var against = s_texts.Format("Against", language, ("period", rate.PreviousPeriodLabel), ("value", Money.Usd(rate.Previous.ValueUsd, rate.Previous.Qualifier, language)));
        return rate.FlagReason is null ? against : Semicolons([against, AsIs(rate.FlagReason, language)], language);
    }

    /// <summary>What a card says when pointed at: product, code, period, value and source in one line.</summary>
    public static string CardTitle(Headline h, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("CardTitle", language,
            ("product", AsIs(h.Product, language)), ("code", Bidi.Ltr(h.HsCode, language)), ("period", h.PeriodLabel), ("value", h.Display),
            ("reporter", Reporters.Label(h.Source.Reporter, language)),
            ("publisher", AsIs(h.Source.SourceDate is { } date ? $"{h.Source.Publisher}, {date}" : h.Source.Publisher, language)));
    }

    /// <summary>
    /// The category as a reader names a product of it, in the page's language: <c>Iron ore</c>, <c>铁矿砂</c>; from the
    /// code (a figure's category is its code's).
    /// </summary>
    public static string CategoryOf(string hsCode, Language? language = null)
    {
        var (category, stage) = HsClassification.Classify(hsCode);
        return HsClassification.Label(category.Id, stage, language ?? Language.Current);
    }

    public static string ByCategory(IReadOnlyList<TotalPoint> bars, string? period, FigureFilter? filter = null, Language? language = null)
    {
        language ??= Language.Current;
        return bars.Count == 0
            ? Empty(s_texts["ByCategoryEmpty", language], filter, language)
            : s_texts.Plural("ByCategory", bars.Count, language, ("period", period),
                ("bars", Semicolons(bars.Select(b => $"{HsClassification.Label(b.Category, b.Codes, language)} {b.Display}"), language)));
    }

    public static string ByYear(IReadOnlyList<YearSeries> series, FigureFilter? filter = null, Language? language = null)
    {
        language ??= Language.Current;
        return series.Count == 0
            ? Empty(s_texts["ByYearEmpty", language], filter, language)
            : Texts.Sentences(language, s_texts["ByYear", language], RecentOnlyIn(language));
    }

    /// <summary>What the time charts leave out (<see cref="OverviewBuilder.MaxPeriods"/>).</summary>
    public const string RecentOnly = "At most the latest 24 months, 12 quarters, 10 half years and 25 years or fiscal years are drawn; the list of figures and the CSV have every period.";

    /// <summary><see cref="RecentOnly"/> in <paramref name="language"/>.</summary>
    public static string RecentOnlyIn(Language? language = null) => s_texts["RecentOnly", language ?? Language.Current];

    /// <summary>The summary with every point: what a screen reader reads for the chart.</summary>
    public static string ByYearDescription(IReadOnlyList<YearSeries> series, Language? language = null)
    {
        language ??= Language.Current;
        return Texts.Sentences(language, ByYear(series, null, language),
            Semicolons(series.Select(s => $"{AsIs(s.Name, language)}: {Texts.Join(s.Points.Select(p => $"{p.PeriodLabel} {p.Display}"), language)}"), language));
    }

    /// <param name="drawn">The rates drawn: the highest and lowest <see cref="OverviewBuilder.GrowthEnds"/> of <paramref name="count"/>.</param>
    public static string Growth(IReadOnlyList<GrowthRate> drawn, int count, FigureFilter? filter = null, Language? language = null)
    {
        language ??= Language.Current;
        return drawn.Count == 0
            ? Empty(s_texts["GrowthEmpty", language], filter, language)
            : Texts.Sentences(language,
                s_texts.Plural("Growth", count, language),
                count > drawn.Count ? s_texts.Format("GrowthEnds", language, ("ends", OverviewBuilder.GrowthEnds), ("api", AsIs("/api/growth", language))) : null,
                s_texts["GrowthScale", language]);
    }

    public static string GrowthDescription(IReadOnlyList<GrowthRate> drawn, int count, Func<GrowthRate, string?>? product = null, Language? language = null)
    {
        language ??= Language.Current;
        return Texts.Sentences(language, Growth(drawn, count, null, language),
            Semicolons(drawn.Select(g => $"{product?.Invoke(g) ?? AsIs(g.Current.Product, language)} {g.PeriodLabel} {Money.Percent(g.GrowthPercent, g.Qualifier, language)}"), language));
    }

    /// <summary>The products named without a value listed, when there are more: <c>The latest 50 of 1,204; the list of figures has them all.</c></summary>
    public static string NamedShown(int shown, int count, Language? language = null) =>
        s_texts.Format("NamedShown", language ?? Language.Current, Texts.Count(shown) with { Name = "shown" }, Texts.Count(count));

    public static string ValueAddedTitle(bool allKnown, Language? language = null) =>
        s_texts[allKnown ? "ValueAddedTitleAllKnown" : "ValueAddedTitleSame", language ?? Language.Current];

    /// <summary>
    /// Periods of Value added not drawn, for one group and kind of period: <c>PK-PBS, months: 24 periods</c>,
    /// <c>CN-GACC, full years: 3 earlier periods</c> (some of the group's periods drawn).
    /// </summary>
    public static string LeftOut(string reporter, string publisher, PeriodKind kind, int count, bool earlier, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("LeftOut", language, ("group", Group(reporter, publisher, language)), ("kinds", PeriodKinds(kind, language)),
            ("periods", s_texts.Plural(earlier ? "EarlierPeriods" : "Periods", count, language)));
    }

    /// <summary>
    /// A group as a reader names it, in <paramref name="language"/>: the reporter, with the publisher where the reporter
    /// is <c>unstated</c> (<see cref="OverviewBuilder.Group"/>'s words, which name series in English).
    /// </summary>
    public static string Group(string reporter, string publisher, Language? language = null)
    {
        language ??= Language.Current;
        var who = Reporters.Label(reporter, language);
        return publisher.Length == 0 ? who : s_texts.Format("Group", language, ("reporter", who), ("publisher", AsIs(publisher, language)));
    }

    /// <summary>
    /// A series of Value added as its table names it, in the page's language: <c>CN-GACC, full years</c>, <c>PK-SBP,
    /// Jan–Jun each year</c> (the chart's CSV names its series by stage, in English, and its bars by period and reporter).
    /// </summary>
    public static string ValueAddedSeries(string reporter, string publisher, int start, int end, Language? language = null)
    {
        language ??= Language.Current;
        var kind = Period.KindOf(start, end);
        var kinds = kind switch
        {
            PeriodKind.Annual or PeriodKind.FiscalYear => PeriodKinds(kind, language),
            PeriodKind.HalfYear or PeriodKind.Quarter => PeriodNames.For(language).EachYear(start, end),
            _ => Period.Label(start, end),
        };
        return s_texts.Format("ValueAddedSeries", language, ("group", Group(reporter, publisher, language)), ("kinds", kinds));
    }

    /// <summary>The chart's summary in the view shown (docs/decisions/0092): what each period counts, and which series have nothing in common.</summary>
    public static string ValueAdded(ValueAdded valueAdded, bool allKnown, FigureFilter? filter = null, Language? language = null)
    {
        language ??= Language.Current;
        var points = allKnown ? valueAdded.AllKnown : valueAdded.SameProducts;
        var added = valueAdded.AllKnown.Where(p => p.Difference.Count > 0).Select(p =>
        {
            (string, object?) period = ("period", p.PeriodLabel), reporter = ("reporter", Reporters.Label(p.Reporter, language)),
                codes = ("codes", Texts.Join(p.Difference.Items.Select(c => Bidi.Ltr(c.Split(' ')[0], language)), language));
            return p.Difference.More > 0
                ? s_texts.Plural("AddsMore", p.Difference.More, language, period, reporter, codes)
                : s_texts.Format("Adds", language, period, reporter, codes);
        }).ToList();
        var view = allKnown
            ? added.Count > 0 ? s_texts.Format("AllKnownAdded", language, ("added", Semicolons(added, language))) : s_texts["AllKnown", language]
            : Texts.Sentences(language, s_texts["SameProducts", language],
                valueAdded.NoCommonProducts.Count > 0 ? s_texts.Format("NoCommonProducts", language, ("series", Semicolons(valueAdded.NoCommonProducts.Select(n => AsIs(n, language)), language))) : null);
        if (points.Count == 0)
        {
            return Empty(s_texts.Format("ValueAddedEmpty", language, ("view", view)), filter, language);
        }
        (string, object?) max = ("max", OverviewBuilder.MaxValueAddedBars), periods = ("periods", OverviewBuilder.ValueAddedPeriods);
        return s_texts.Format("ValueAdded", language,
            ("points", Semicolons(points.Select(v => s_texts.Format("ValueAddedPoint", language, ("period", v.PeriodLabel), ("reporter", Reporters.Label(v.Reporter, language)), ("share", v.ShareDisplay))), language)),
            ("view", view),
            ("drawn", valueAdded.LeftOut.Count > 0
                ? s_texts.Format("DrawnLeftOut", language, max, periods, ("leftOut", Semicolons(valueAdded.LeftOut, language)))
                : s_texts.Format("Drawn", language, max, periods)));
    }

    /// <summary>The goal as its source put it: a range a year "within this decade", read here as by the decade's end.</summary>
    public static string TargetTitle(TargetTrack t, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("TargetTitle", language, ("low", Money.Usd(t.LowUsd, language)), ("high", Money.Usd(t.HighUsd, language)), ("year", t.ByYear));
    }

    /// <summary>
    /// Where the view narrows the goal's basket (a category or an HS code chosen), what that does to the known level:
    /// it adds what is in view, not every mineral export the goal counts; null where the view keeps the whole basket.
    /// </summary>
    public static string? TargetNarrowed(FigureFilter filter, Language? language = null)
    {
        language ??= Language.Current;
        if (filter.Categories.Count == 0 && !filter.HasCodes)
        {
            return null;
        }
        var chosen = filter.Categories.Select(c => HsClassification.TryGetCategory(c, out _) ? HsClassification.CategoryName(c, language) : c)
            .Concat(filter.HsCodes.Concat(filter.HsCodesWithInside).Select(c => s_texts.Format("Codes", language, ("codes", Bidi.Ltr(c, language)))));
        return s_texts.Format("TargetNarrowed", language, ("chosen", List(chosen, language)));
    }

    public static string Target(TargetTrack t, Language? language = null)
    {
        language ??= Language.Current;
        return Texts.Sentences(language,
            s_texts.Format("TargetGoal", language, ("low", Money.Usd(t.LowUsd, language)), ("high", Money.Usd(t.HighUsd, language)), ("year", t.ByYear)),
            t.BaselineUsd is { } b
                ? s_texts.Format("TargetBaseline", language, ("baseline", Money.Usd(b, DerivedQualifier.Approximate, language)),
                    ("low", Money.Percent(t.RequiredLowPercent ?? 0m, DerivedQualifier.Exact, language)), ("high", Money.Percent(t.RequiredHighPercent ?? 0m, DerivedQualifier.Exact, language)))
                : null,
            t.Known is [.., var k]
                ? t.KnownFlow is { } flow
                    ? s_texts.Format("TargetKnownFlow", language, ("flow", FlowLabel(flow, language)), ("value", k.Display), ("period", k.PeriodLabel))
                    : s_texts.Format("TargetKnown", language, ("value", k.Display), ("period", k.PeriodLabel))
                : null);
    }
}

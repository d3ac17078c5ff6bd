using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// By year's lines (decisions 0093 and 0099): per kind of period, one line per category, group (reporter, and
/// publisher where <c>unstated</c>) and basket of HS codes; a basket that later holds the earlier one and more
/// continues its line, the change marked. At most <see cref="MaxSeries"/> lines a chart, chosen before any point is
/// made (issue 21: a store of ~700 baskets builds the 24 drawn, not all of them).
/// </summary>
public static class YearLines
{
    /// <summary>Lines drawn at most in one chart: beyond that, looks repeat; the rest are counted, their figures in the CSV.</summary>
    public const int MaxSeries = 24;

    /// <summary>
    /// Points drawn at most in one chart (a line's points all drawn, or the line not drawn; the first line always):
    /// on a long axis the lines are fewer. At 1 M figures By year drew 24 lines x 21 years and 16 x 24 months, 196 KB
    /// of the overview's 320 KB (268 KB of 422 KB in Urdu), past the page's 250 KB (issue 21); at 297k figures and on
    /// the seed store no chart reaches it. The rest are counted, as those beyond <see cref="MaxSeries"/>.
    /// </summary>
    public const int MaxPoints = 120;

    /// <summary>The kinds of period a time axis can hold, in the order their charts are shown.</summary>
    public static readonly PeriodKind[] TimeKinds = [PeriodKind.Annual, PeriodKind.FiscalYear, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>The lines drawn, in the order of their chart and legend, each counting the lines of its kind left out.</summary>
    public static List<YearSeries> Of(IEnumerable<OverviewTotal> totals, PartNames names)
    {
        var drawn = new List<YearSeries>();
        var byKind = totals.Where(t => t.ValueUsd is not null).ToLookup(t => t.PeriodKind);
        foreach (var kind in TimeKinds)
        {
            var lines = Join(byKind[kind]);
            if (lines.Count == 0)
            {
                continue;
            }
            // The kind in words once a chart: a resource lookup, not one a line.
            var words = OverviewText.PeriodKinds(kind, Languages.Language.English);
            // The latest lines first, then the larger: what the chart has room for.
            var chosen = Room(lines
                .OrderByDescending(l => l[^1].Last.PeriodEnd).ThenByDescending(l => l[^1].Last.ValueUsd)
                .ThenBy(l => l[0].First.PeriodStart).ThenBy(l => l[0].Category, StringComparer.Ordinal).ThenBy(l => l[0].Reporter, StringComparer.Ordinal)
                .ThenBy(l => l[0].Publisher, StringComparer.Ordinal).ThenBy(l => l[0].Basket, StringComparer.Ordinal))
                .Select(l => Line(l, kind, words, names))
                .OrderBy(l => l.Label, StringComparer.Ordinal).ThenBy(l => l.Group, StringComparer.Ordinal).ThenBy(l => l.Baskets, StringComparer.Ordinal)
                .ThenBy(l => l.Series.Points[0].PeriodStart)
                .ToList();
            var apart = OverviewText.Apart([.. chosen.Select(l => (l.Series.Name, l.Series.Points[0].PeriodLabel))]);
            drawn.AddRange(chosen.Select((l, i) => l.Series with { Name = apart[i], KindLeftOut = lines.Count - chosen.Count }));
        }
        return drawn;
    }

    /// <summary>A run's totals, the first of each period start, in period order.</summary>
    private static List<OverviewTotal> ByStart(List<OverviewTotal> totals) =>
        [.. totals.GroupBy(t => t.PeriodStart).Select(p => p.First()).OrderBy(t => t.PeriodStart)];

    /// <summary>The first lines, in order, while they fit: <see cref="MaxSeries"/> lines and <see cref="MaxPoints"/> points.</summary>
    private static IEnumerable<List<Run>> Room(IEnumerable<List<Run>> ordered)
    {
        var (lines, points) = (0, 0);
        foreach (var line in ordered)
        {
            var count = line.Sum(r => r.Totals.Count);
            if (lines == MaxSeries || (lines > 0 && points + count > MaxPoints))
            {
                yield break;
            }
            (lines, points) = (lines + 1, points + count);
            yield return line;
        }
    }

    /// <summary>One basket's totals of one group and kind of period, in period order.</summary>
    private sealed record Run(string Category, string Reporter, string Publisher, string Basket, List<OverviewTotal> Totals)
    {
        public OverviewTotal First => Totals[0];

        public OverviewTotal Last => Totals[^1];

        /// <summary>How many codes the basket holds, counted once: every pair of a group's runs is compared.</summary>
        private int CodeCount => field > 0 ? field : field = Basket.AsSpan().Count(' ') + 1;

        /// <summary>Whether this run goes on as <paramref name="later"/> (of the same group): after it, and every code of it in the later basket.</summary>
        public bool WidensInto(Run later)
        {
            if (Last.PeriodEnd >= later.First.PeriodStart || later.Basket.Length <= Basket.Length || Basket.Length == 0 || later.CodeCount <= CodeCount)
            {
                return false;
            }
            // Both baskets are in ordinal order, one code each (GroupTotal.Basket, Comparisons.Sum): one pass over the
            // two texts, nothing split. The stretch both texts share is passed in one vectorised compare, not code by
            // code: a group's baskets of ~260 codes differ by a few (issue 21: at 297k figures the code-by-code walk was
            // 7 ms of a 26 ms build in the profile; in process 0.9 -> 0.4 ms a request).
            ReadOnlySpan<char> mine = Basket, theirs = later.Basket;
            while (true)
            {
                var same = mine.CommonPrefixLength(theirs);
                // The rest of mine is theirs as it is, ending where a code of theirs ends (7601 is not 76011).
                if (same == mine.Length && (same == theirs.Length || theirs[same] == ' '))
                {
                    return true;
                }
                // Back to the start of the code where the texts differ: the codes before it are in both.
                var differ = mine[..same].LastIndexOf(' ') + 1;
                mine = mine[differ..];
                theirs = theirs[differ..];
                // The first code that differs, looked for among their codes from there on.
                NextCode(ref mine, out var code);
                var hasTheirs = NextCode(ref theirs, out var their);
                while (hasTheirs && their.SequenceCompareTo(code) < 0)
                {
                    hasTheirs = NextCode(ref theirs, out their);
                }
                if (!hasTheirs || !their.SequenceEqual(code))
                {
                    return false;
                }
                if (mine.IsEmpty)
                {
                    return true;
                }
            }
        }

        private static bool NextCode(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> code)
        {
            if (rest.IsEmpty)
            {
                code = default;
                return false;
            }
            var at = rest.IndexOf(' ');
            code = at < 0 ? rest : rest[..at];
            rest = at < 0 ? [] : rest[(at + 1)..];
            return true;
        }
    }

    /// <summary>The totals as lines: each run continues the line of its group whose last basket it widens, else starts one.</summary>
    private static List<List<Run>> Join(IEnumerable<OverviewTotal> totals)
    {
        var lines = new List<List<Run>>();
        foreach (var group in totals.GroupBy(t => (Category: t.Category.Id, t.Reporter, t.Publisher)))
        {
            var ofGroup = new List<List<Run>>();
            foreach (var run in Runs(group.Key, group).OrderBy(r => r.First.PeriodStart).ThenBy(r => r.Basket, StringComparer.Ordinal))
            {
                // A loop, not Find: no delegate made for each of ~700 runs (issue 21).
                var line = (List<Run>?)null;
                foreach (var l in ofGroup)
                {
                    if (l[^1].WidensInto(run))
                    {
                        line = l;
                        break;
                    }
                }
                if (line is null)
                {
                    ofGroup.Add([run]);
                }
                else
                {
                    line.Add(run);
                }
            }
            lines.AddRange(ofGroup);
        }
        return lines;
    }

    /// <summary>
    /// A group's runs, one a basket. A group holds one total a period drawn (OverviewBuilder.MaxPeriods, ~25): its
    /// baskets are told apart by comparing texts, which mostly differ in length at once, rather than by hashing each
    /// basket's ~1,250 chars (issue 21: the hashes alone were ~0.4 ms a request at 297k figures).
    /// </summary>
    private static List<Run> Runs((string Category, string Reporter, string Publisher) group, IEnumerable<OverviewTotal> totals)
    {
        var runs = new List<Run>();
        foreach (var total in totals)
        {
            var at = 0;
            while (at < runs.Count && !string.Equals(runs[at].Basket, total.BasketText, StringComparison.Ordinal))
            {
                at++;
            }
            if (at == runs.Count)
            {
                runs.Add(new Run(group.Category, group.Reporter, group.Publisher, total.BasketText, [total]));
            }
            else
            {
                runs[at].Totals.Add(total);
            }
        }
        for (var i = 0; i < runs.Count; i++)
        {
            // Most runs hold one total (at 297k figures ~700 runs, nearly each basket in one period), taken as it is.
            if (runs[i].Totals.Count > 1)
            {
                runs[i] = runs[i] with { Totals = ByStart(runs[i].Totals) };
            }
        }
        return runs;
    }

    private sealed record Drawn(YearSeries Series, string Label, string Group, string Baskets);

    private static Drawn Line(List<Run> runs, PeriodKind kind, string words, PartNames names)
    {
        var last = runs[^1];
        var ofRuns = runs.ConvertAll(r => OverviewBuilder.Points(r.Totals, names, listed: 1));
        // Each run's codes as its points hold them: a basket of ~260 codes split once, not again here (issue 21).
        var codes = ofRuns.ConvertAll(p => p[0].Point.Codes);
        var label = HsClassification.Label(last.Category, codes[^1]);
        var group = OverviewBuilder.Group(last.Reporter, last.Publisher);
        var changes = runs.Skip(1).Select((after, i) =>
            new BasketChange(after.First.PeriodStart, after.First.PeriodLabel, codes[i + 1].Except(codes[i]).ToList(), codes[i])).ToList();
        var baskets = OverviewText.Basket(codes[0]) + string.Concat(changes.Select(c => $", + {c.Added} from {c.PeriodLabel}"));
        var points = ofRuns.SelectMany(p => p).Select(p => p.Point).ToList();
        return new Drawn(
            new YearSeries(last.Category, $"{label}: {baskets}, {group}, {words}", last.Reporter, last.Publisher, words, codes[^1], points)
            {
                Kind = kind,
                Changes = changes,
            },
            label, group, baskets);
    }
}

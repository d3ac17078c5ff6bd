using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// What a reader must know of a chart's bars besides their heights (issue 18, point 11): a bar from another reporter
/// than the others (the Salt bar read in a newspaper beside China's customs bars), and a lower bound that is mostly exact
/// (copper's ≥ $1.15 bn adds the published $1.14 bn and a ≥ $11 M bound). Said under the chart, and the odd bar marked.
/// </summary>
public static class BarNotes
{
    /// <summary>The mark after an odd bar's label, and before its note.</summary>
    public const string Mark = "*";

    /// <summary>The reporter most bars come from (the larger sum among equals); none for no bars.</summary>
    public static string? MainReporter(IReadOnlyList<TotalPoint> bars) =>
        bars.GroupBy(b => b.Reporter, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Sum(b => b.ValueUsd))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()?.Key;

    /// <summary>Whether a bar comes from another reporter than most bars of its chart.</summary>
    public static bool IsApart(TotalPoint bar, string? mainReporter) => mainReporter is not null && bar.Reporter != mainReporter;

    /// <summary>The notes of one chart's bars, none where every bar is of one reporter and every bound is whole.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<TotalPoint> bars)
    {
        var notes = new List<string>();
        var main = MainReporter(bars);
        var apart = bars.Where(b => IsApart(b, main)).ToList();
        if (apart.Count > 0)
        {
            var which = string.Join("; ", apart.Select(b => $"{b.CategoryName} {Mark} from {From(b.Reporter)} ({b.Publisher})"));
            notes.Add($"Not from the same reporter: {which}; the other bars from {main}. Reporters count at different points: compare these bars with care.");
        }
        foreach (var b in bars.Where(b => b.Qualifier == DerivedQualifier.AtLeast && b.Components.Count > 1))
        {
            notes.Add($"{b.CategoryName} {b.Display} adds {b.Components.Text}: a lower bound because of its parts marked ≥; a part without a sign is exact.");
        }
        return notes;
    }

    private static string From(string reporter) => reporter == Codes.Unstated ? "a source that does not say whose statistics" : reporter;
}

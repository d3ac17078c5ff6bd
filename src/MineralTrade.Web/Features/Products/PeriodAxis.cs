using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Products;

/// <summary>One period of a chart's axis or a table: a full year, a half year, a quarter, a month or a fiscal year.</summary>
/// <param name="Label">As the reporters it is shown for name it (<see cref="Period.Label(int, int, IEnumerable{string}, Language)"/>).</param>
public sealed record PeriodSlot(int Start, int End, string Label)
{
    public static PeriodSlot For(int start, int end, IEnumerable<string> reporters) => new(start, end, Period.Label(start, end, reporters));
}

/// <summary>
/// The axis of one kind of period, every period from the first to the last figure, so that a missing period is a gap
/// on the chart rather than two points drawn side by side as if they were consecutive.
/// </summary>
public static class PeriodAxis
{
    /// <summary>Kinds that make an axis of their own; other runs of months (January to May) stay in the tables.</summary>
    public static readonly IReadOnlyList<PeriodKind> Charted =
        [PeriodKind.Annual, PeriodKind.FiscalYear, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>Periods on one axis at most: 20 years of months. Older periods stay in the tables.</summary>
    public const int MaxSlots = 240;

    /// <summary>
    /// Every period of <paramref name="kind"/> from the earliest start to the latest, the latest <see cref="MaxSlots"/> at
    /// most, labelled for <paramref name="reporters"/>.
    /// </summary>
    public static List<PeriodSlot> Slots(PeriodKind kind, IEnumerable<int> starts, IReadOnlyCollection<string> reporters)
    {
        var known = starts.ToList();
        if (known.Count == 0)
        {
            return [];
        }
        // Counted back from the latest, so that the axis ends on it even where an older start is out of step.
        var (step, last, first) = (Period.Step(kind), known.Max(), known.Max());
        for (var n = 1; n < MaxSlots && Period.AddMonths(first, -step) >= known.Min(); n++)
        {
            first = Period.AddMonths(first, -step);
        }
        return [.. Period.Sequence(kind, first, last).Select(p => PeriodSlot.For(p.Start, p.End, reporters))];
    }
}

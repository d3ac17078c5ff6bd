using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>One period of a chart's axis: a full year, a half year, a quarter, a month or a fiscal year.</summary>
public sealed record PeriodSlot(int Start, int End)
{
    public string Label => Period.Label(Start, End);
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

    /// <summary>Every period of <paramref name="kind"/> from the earliest start to the latest, the latest <see cref="MaxSlots"/> at most.</summary>
    public static List<PeriodSlot> Slots(PeriodKind kind, IEnumerable<int> starts)
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
        return [.. Period.Sequence(kind, first, last).Select(p => new PeriodSlot(p.Start, p.End))];
    }
}

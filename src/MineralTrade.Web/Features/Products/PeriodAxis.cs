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

    public static int MonthsOf(PeriodKind kind) => kind switch
    {
        PeriodKind.Annual or PeriodKind.FiscalYear => 12,
        PeriodKind.HalfYear => 6,
        PeriodKind.Quarter => 3,
        PeriodKind.Month => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only regular periods make an axis"),
    };

    /// <summary>Adds <paramref name="months"/> to a yyyymm month.</summary>
    public static int AddMonths(int month, int months)
    {
        var index = Period.Year(month) * 12 + Period.MonthOfYear(month) - 1 + months;
        return Period.Of(index / 12, index % 12 + 1);
    }

    /// <summary>Every period of <paramref name="kind"/> from the earliest start to the latest, the latest <see cref="MaxSlots"/> at most.</summary>
    public static List<PeriodSlot> Slots(PeriodKind kind, IEnumerable<int> starts)
    {
        var known = starts.ToList();
        if (known.Count == 0)
        {
            return [];
        }
        var span = MonthsOf(kind);
        var slots = new List<PeriodSlot>();
        for (var start = known.Max(); start >= known.Min() && slots.Count < MaxSlots; start = AddMonths(start, -span))
        {
            slots.Add(new PeriodSlot(start, AddMonths(start, span - 1)));
        }
        slots.Reverse();
        return slots;
    }
}

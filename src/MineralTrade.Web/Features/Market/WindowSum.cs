using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using FigureQualifier = MineralTrade.Web.Features.Figures.Qualifier;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// One series' value over a window (one reporter, flow, HS code and publisher where <c>unstated</c>): its figure for
/// the window's months, or its monthly figures added up, one per month (the preferred one, decision 5). A month
/// without a figure is never filled in: the sum of the months held is then a lower bound, and says which months.
/// </summary>
/// <param name="ValueUsd">Null where no figure with a value is held for the window.</param>
/// <param name="Qualifier">The window's: a lower bound where a month is missing, else the figures' own (any approximate one makes it approximate, else any bound a bound).</param>
/// <param name="Figures">The figures added, in month order.</param>
/// <param name="MissingMonths">Months of a window that adds months without a figure with a value, first to last.</param>
/// <param name="Quantity">The figures' quantities added, where every one has a quantity in the same unit; else null.</param>
public sealed record WindowSum(
    PeriodWindow Window,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<int> MissingMonths,
    decimal? Quantity,
    string? QuantityUnit)
{
    /// <summary>Every month has its figure: a value a rate or a share may use as it stands.</summary>
    public bool Complete => ValueUsd is not null && MissingMonths.Count == 0;

    /// <summary>The qualifier of what is held, before a missing month makes the window a lower bound.</summary>
    public DerivedQualifier HeldQualifier => Figures.Count == 0 ? DerivedQualifier.Exact : Comparisons.Sum(Figures).Qualifier;

    /// <summary>
    /// Value over quantity of the figures held, in US$ per tonne for weights (decision 0061): exact only where every
    /// figure is a dataset's exact line. Over the months held where one is missing (both sides cover the same months).
    /// </summary>
    public UnitValue? UnitValue => ValueUsd is { } v && Quantity is { } q
        ? UnitValue.Of(v, AsQualifier(HeldQualifier), q, QuantityUnit, Figures.All(f => f.SourceKind == SourceKind.Dataset) ? SourceKind.Dataset : SourceKind.Press)
        : null;

    /// <summary>Why there is no unit value, in words; null where there is one.</summary>
    public string? NoUnitValueReason => UnitValue is not null ? null
        : ValueUsd is null ? s_texts["NoFigure", Language.Current]
        : Figures.Any(f => f.Quantity is not > 0) ? (Figures.Count == 1 ? UnitValue.NoQuantity : s_texts["MonthWithoutQuantity", Language.Current])
        : s_texts["DifferentUnits", Language.Current];

    private static readonly Texts s_texts = new(typeof(WindowSum));

    /// <summary><c>Feb 2025, Mar 2025</c>: the months missing, as a reader reads them.</summary>
    public string MissingWords => Texts.Join(MissingMonths.Select(m => PeriodWindow.MonthLabel(m)), Language.Current);

    /// <summary>The window's value for one series, from that series' figures (any others are left out).</summary>
    public static WindowSum Of(PeriodWindow window, IEnumerable<Figure> series)
    {
        var valued = series.Where(f => f.ValueUsd is not null && f.PeriodKind == window.FigureKind && f.PeriodStart >= window.Start && f.PeriodEnd <= window.End);
        var chosen = Comparisons.PreferredPerPeriod(window.AddsMonths ? valued : valued.Where(f => f.PeriodStart == window.Start && f.PeriodEnd == window.End))
            .OrderBy(f => f.PeriodStart).ToList();
        if (chosen.Count == 0)
        {
            return new WindowSum(window, null, DerivedQualifier.Exact, [], window.AddsMonths ? [.. window.Months] : [], null, null);
        }
        var held = chosen.Select(f => f.PeriodStart).ToHashSet();
        List<int> missing = window.AddsMonths ? [.. window.Months.Where(m => !held.Contains(m))] : [];
        var qualifier = Comparisons.Sum(chosen).Qualifier;
        if (missing.Count > 0)
        {
            // Values are never negative: a missing month is a part of at least nothing, so the window is a lower bound.
            qualifier = Comparisons.WithPart(qualifier, FigureQualifier.AtLeast);
        }
        var units = chosen.Select(f => Unit(f.QuantityUnit)).Distinct().ToList();
        var (quantity, unit) = chosen.All(f => f.Quantity is > 0) && units is [{ } one]
            ? (chosen.Sum(f => f.Quantity!.Value), one)
            : ((decimal?)null, (string?)null);
        return new WindowSum(window, chosen.Sum(f => f.ValueUsd!.Value), qualifier, chosen, missing, quantity, unit);
    }

    /// <summary>One spelling per unit, so that <c>kg</c> and <c>KGM</c> add up (both are kilograms).</summary>
    private static string? Unit(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? null : UnitValue.IsKilograms(unit) ? "kg" : unit.Trim();

    /// <summary>A derived qualifier as a figure's, for the rules that read a figure's (a sum is never an upper bound).</summary>
    public static FigureQualifier AsQualifier(DerivedQualifier qualifier) => qualifier switch
    {
        DerivedQualifier.Exact => FigureQualifier.Exact,
        DerivedQualifier.AtLeast => FigureQualifier.AtLeast,
        _ => FigureQualifier.Approximate,
    };
}

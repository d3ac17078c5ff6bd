using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>
/// A like-for-like change in value split into its change in volume and its change in unit value (Trade Map's view),
/// for one series and the same months a year apart. The percentages multiply exactly
/// ((1 + value) = (1 + volume) × (1 + unit value)); the dollar parts add up exactly: the volume effect at the earlier
/// unit value, the price effect at the later quantity (docs/decisions/0061-unit-values.md).
/// </summary>
public sealed record VolumePriceSplit(
    Figure Current,
    Figure Previous,
    UnitValue CurrentUnitValue,
    UnitValue PreviousUnitValue,
    decimal ValueChangeUsd,
    decimal ValuePercent,
    decimal VolumePercent,
    decimal UnitValuePercent,
    decimal VolumeEffectUsd,
    decimal PriceEffectUsd,
    DerivedQualifier Qualifier,
    string? Reason)
{
    public string PeriodLabel => Period.Label(Current.PeriodStart, Current.PeriodEnd, Current.Reporter);

    public string PreviousPeriodLabel => Period.Label(Previous.PeriodStart, Previous.PeriodEnd, Previous.Reporter);

    /// <summary>
    /// The split of each like-for-like pair (a growth rate of <see cref="Comparisons.Growth"/>) where both figures have a
    /// value and a quantity in the same unit; pairs without quantities are left out, never estimated.
    /// </summary>
    public static List<VolumePriceSplit> Splits(IEnumerable<GrowthRate> rates) =>
        [.. rates.Select(g => Of(g.Current, g.Previous)).OfType<VolumePriceSplit>()];

    public static VolumePriceSplit? Of(Figure current, Figure previous)
    {
        if (UnitValue.Of(current) is not { } now || UnitValue.Of(previous) is not { } before || now.Per != before.Per
            || before.UsdPerUnit == 0m || previous.ValueUsd is not > 0m)
        {
            return null;
        }
        var v1 = current.ValueUsd!.Value;
        var v0 = previous.ValueUsd!.Value;
        // Quantities in the unit of the unit value (tonnes for kilograms), so that quantity × unit value is dollars.
        var (q1, q0) = (now.Amount, before.Amount);
        try
        {
            var volumeEffect = (q1 - q0) * before.UsdPerUnit;
            var exact = now.Qualifier == DerivedQualifier.Exact && before.Qualifier == DerivedQualifier.Exact;
            return new VolumePriceSplit(
                current, previous, now, before,
                v1 - v0,
                Percent(v1, v0),
                Percent(q1, q0),
                Percent(now.UsdPerUnit, before.UsdPerUnit),
                Math.Round(volumeEffect, 0),
                Math.Round(v1 - v0 - volumeEffect, 0),
                exact ? DerivedQualifier.Exact : DerivedQualifier.Approximate,
                exact ? null : now.Reason ?? before.Reason);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal Percent(decimal now, decimal before) => Math.Round((now / before - 1m) * 100m, 1, MidpointRounding.AwayFromZero);
}

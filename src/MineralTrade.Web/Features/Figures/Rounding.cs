namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The range a published value stands for, read from the digits its source gave (docs/decisions/0091): a press
/// figure of 290,000 is anything from 285,000 to 295,000; a dataset figure is exact to the dollar.
/// </summary>
public static class Rounding
{
    /// <summary>The rounding step of <paramref name="f"/>'s value: $1 for a dataset, else the largest power of ten that divides it.</summary>
    public static decimal Step(Figure f) => f.SourceKind == SourceKind.Dataset || f.ValueUsd is not { } v ? 1m : Step(v);

    /// <summary>The largest power of ten, from $1 up, that divides <paramref name="value"/>; $0.01 for a value with cents; $1 for zero.</summary>
    public static decimal Step(decimal value)
    {
        if (value == 0m)
        {
            return 1m;
        }
        if (value != decimal.Truncate(value))
        {
            return 0.01m;
        }
        var step = 1m;
        while (value % (step * 10m) == 0m)
        {
            step *= 10m;
        }
        return step;
    }

    /// <summary>
    /// The growth range the two figures' roundings allow, in percent rounded outwards to one decimal; an open side is
    /// null (a lower bound has no highest value).
    /// </summary>
    public static (decimal? Low, decimal? High) GrowthRange(Figure current, Figure previous) =>
        GrowthRange(current.ValueUsd!.Value, Step(current) / 2m, current.Qualifier == Qualifier.AtLeast,
            previous.ValueUsd!.Value, Step(previous) / 2m, previous.Qualifier == Qualifier.AtLeast);

    /// <summary>
    /// The same for two values given with the half-width of their rounding (a sum of months: the sum of its figures'
    /// half-steps) and whether each is a lower bound.
    /// </summary>
    public static (decimal? Low, decimal? High) GrowthRange(decimal cur, decimal curHalf, bool curIsBound, decimal prev, decimal prevHalf, bool prevIsBound)
    {
        decimal? curHigh = curIsBound ? null : cur + curHalf;
        decimal? prevHigh = prevIsBound ? null : prev + prevHalf;
        decimal curLow = Math.Max(0m, cur - curHalf), prevLow = prev - prevHalf;
        decimal? low = prevHigh is { } ph ? Percent(curLow / ph, MidpointRounding.ToNegativeInfinity) : null;
        decimal? high = curHigh is { } ch && prevLow > 0m ? Percent(ch / prevLow, MidpointRounding.ToPositiveInfinity) : null;
        return (low, high);
    }

    private static decimal Percent(decimal ratio, MidpointRounding direction) => Math.Round((ratio - 1m) * 100m, 1, direction);
}

using System.Globalization;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// A figure's value divided by its own quantity: US$ per tonne where the quantity is a weight in kilograms (as
/// Comtrade+ and the seed give it), else US$ per the unit the source names. Never from two different figures
/// (docs/decisions/0061-unit-values.md).
/// </summary>
/// <param name="Per">The unit of the denominator: <c>t</c> for a weight, else the source's unit.</param>
/// <param name="Amount">The figure's quantity in that unit (tonnes for a weight in kilograms).</param>
/// <param name="Reason">Why the unit value is not exact, where it is not.</param>
public sealed record UnitValue(decimal UsdPerUnit, string Per, decimal Amount, DerivedQualifier Qualifier, string? Reason)
{
    public const string Tonne = "t";

    public const string NoQuantity = "no quantity known";

    /// <summary>
    /// Exact only where both numbers come from one statistical dataset (Comtrade+ reports value and net weight of the
    /// same line); a press figure's quantity has no qualifier of its own ("over 13.64 million kg"), so its unit value
    /// is approximate. Null where no value or no positive quantity is known: nothing is estimated.
    /// </summary>
    public static UnitValue? Of(Figure f) => Of(f.ValueUsd, f.Qualifier, f.Quantity, f.QuantityUnit, f.SourceKind);

    public static UnitValue? Of(decimal? value, Figures.Qualifier qualifier, decimal? quantity, string? unit, SourceKind kind)
    {
        if (value is not { } v || quantity is not > 0 || string.IsNullOrWhiteSpace(unit) || qualifier == Figures.Qualifier.NamedWithoutValue)
        {
            return null;
        }
        var (amount, per) = IsKilograms(unit) ? (quantity.Value / 1000m, Tonne) : (quantity.Value, unit.Trim());
        decimal perUnit;
        try
        {
            perUnit = v / amount;
        }
        catch (OverflowException)
        {
            // A value in billions over a fraction of a gram: no unit value a reader could use.
            return null;
        }
        var (derived, reason) = (qualifier, kind) switch
        {
            (Figures.Qualifier.Exact, SourceKind.Dataset) => (DerivedQualifier.Exact, (string?)null),
            (Figures.Qualifier.Exact, _) => (DerivedQualifier.Approximate, "the quantity is as the source states it, without a qualifier of its own: read its note"),
            (Figures.Qualifier.AtLeast, _) => (DerivedQualifier.Approximate, "the value is a lower bound and the quantity may be one too"),
            _ => (DerivedQualifier.Approximate, "an approximate value or quantity is involved"),
        };
        return new UnitValue(perUnit, per, amount, derived, reason);
    }

    public static bool IsKilograms(string? unit) => unit?.Trim().ToLowerInvariant() is "kg" or "kgm" or "kilogram" or "kilograms";

    /// <summary><c>$134/t</c>, <c>~ $134/t</c>, <c>$2.35/u</c>: whole dollars from a hundred up, cents below.</summary>
    public string Display
    {
        get
        {
            var number = Math.Abs(UsdPerUnit) >= 100m ? UsdPerUnit.ToString("#,0", CultureInfo.InvariantCulture) : UsdPerUnit.ToString("#,0.00", CultureInfo.InvariantCulture);
            return Money.Sign(Qualifier) + $"${number}/{Per}";
        }
    }

    /// <summary>A quantity as a reader expects it: tonnes from a tonne up (<c>13,640 t</c>), else the source's unit.</summary>
    public static string Quantity(decimal? quantity, string? unit)
    {
        if (quantity is not { } q || string.IsNullOrWhiteSpace(unit))
        {
            return NoQuantity;
        }
        return IsKilograms(unit) && q >= 1000m
            ? $"{(q / 1000m).ToString("#,0.###", CultureInfo.InvariantCulture)} t"
            : $"{q.ToString("#,0.###", CultureInfo.InvariantCulture)} {unit.Trim()}";
    }
}

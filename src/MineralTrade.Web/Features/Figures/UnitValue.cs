using System.Globalization;
using MineralTrade.Web.Features.Languages;

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

    private static readonly Texts s_texts = new(typeof(UnitValue));

    /// <summary><c>no quantity known</c>, in the page's language.</summary>
    public static string NoQuantity => s_texts["NoQuantity", Language.Current];

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
            (Figures.Qualifier.Exact, _) => (DerivedQualifier.Approximate, s_texts["QuantityAsStated", Language.Current]),
            (Figures.Qualifier.AtLeast, _) => (DerivedQualifier.Approximate, s_texts["ValueIsBound", Language.Current]),
            _ => (DerivedQualifier.Approximate, s_texts["ApproximateInvolved", Language.Current]),
        };
        return new UnitValue(perUnit, per, amount, derived, reason);
    }

    public static bool IsKilograms(string? unit) => unit?.Trim().ToLowerInvariant() is "kg" or "kgm" or "kilogram" or "kilograms";

    /// <summary><c>$134/t</c>, <c>~ $134/t</c>, <c>$2.35/u</c>: whole dollars from a hundred up, cents below; <c>134美元/吨</c>, <c>134 ڈالر فی ٹن</c>.</summary>
    public string Display => DisplayIn(Language.Current);

    public string DisplayIn(Language language)
    {
        var number = Math.Abs(UsdPerUnit) >= 100m ? UsdPerUnit.ToString("#,0", CultureInfo.InvariantCulture) : UsdPerUnit.ToString("#,0.00", CultureInfo.InvariantCulture);
        return Money.Sign(Qualifier, language) + s_texts.Format("Display", language, ("number", number), ("per", UnitName(Per, language)));
    }

    /// <summary>The tonne in the language's word (<c>t</c>, <c>吨</c>, <c>ٹن</c>); any other unit as the source names it.</summary>
    public static string UnitName(string unit, Language language) => unit == Tonne ? s_texts["Tonne", language] : Bidi.Ltr(unit, language);

    /// <summary>A quantity as a reader expects it: tonnes from a tonne up (<c>13,640 t</c>), else the source's unit.</summary>
    public static string Quantity(decimal? quantity, string? unit, Language? language = null)
    {
        language ??= Language.Current;
        if (quantity is not { } q || string.IsNullOrWhiteSpace(unit))
        {
            return s_texts["NoQuantity", language];
        }
        return IsKilograms(unit) && q >= 1000m
            ? InUnit(q / 1000m, Tonne, language)
            : InUnit(q, unit.Trim(), language);
    }

    /// <summary><c>13,640 t</c>, <c>13,640吨</c>, <c>13,640 ٹن</c>: an amount of a unit (<see cref="UnitName"/>).</summary>
    public static string InUnit(decimal amount, string unit, Language language) =>
        s_texts.Format("Quantity", language, ("number", amount.ToString("#,0.###", CultureInfo.InvariantCulture)), ("unit", UnitName(unit, language)));
}

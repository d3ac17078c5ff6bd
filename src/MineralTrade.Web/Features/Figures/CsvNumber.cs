using System.Globalization;
using CsvHelper;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// How a number is written in a file we import: digits, an optional <c>.</c> and more digits, an optional leading
/// <c>-</c>; nothing else (no thousands separator, no comma, no exponent, no NaN), so that no value is ever read as
/// another (docs/decisions/0040-strict-imports.md).
/// </summary>
public static class CsvNumber
{
    /// <summary>
    /// The significant digits a stored value keeps exactly (a REAL column, docs/decisions/0004): a value with more would
    /// come back changed, so it is refused rather than rounded.
    /// </summary>
    public const int MaxSignificantDigits = 15;

    /// <summary>Reads <paramref name="text"/> (spaces around it allowed); on failure, <paramref name="reason"/> says why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, out string? reason)
    {
        value = 0;
        var t = text.Trim(' ');
        var digits = t.StartsWith('-') ? t[1..] : t;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        if (whole.IsEmpty || whole.ContainsAnyExceptInRange('0', '9') || point >= 0 && (fraction.IsEmpty || fraction.ContainsAnyExceptInRange('0', '9')))
        {
            reason = $"'{text}' is not a number: digits with an optional '.' fraction, without thousands separators";
            return false;
        }
        // Beyond 10^16 is no trade figure, whatever its digits (Figure.MaxAmount is 10^15).
        if (whole.TrimStart('0').Length > 16)
        {
            reason = $"'{text}' is beyond any trade figure";
            return false;
        }
        if (Significant(whole, fraction) > MaxSignificantDigits || fraction.Length > MaxSignificantDigits)
        {
            reason = $"'{text}' has more than {MaxSignificantDigits} significant digits or decimals, more than the store keeps exactly";
            return false;
        }
        value = decimal.Parse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        reason = null;
        return true;
    }

    /// <summary>From the first to the last digit that is not zero: 1200 has 2, 0.0012 has 2, 12.34 has 4.</summary>
    private static int Significant(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction)
    {
        var w = whole.TrimStart('0');
        var f = fraction.TrimEnd('0');
        return f.IsEmpty ? w.TrimEnd('0').Length : w.IsEmpty ? f.TrimStart('0').Length : w.Length + f.Length;
    }

    /// <summary>A number that breaks the rule, with the reason as its message.</summary>
    public sealed class InvalidException(string reason) : FormatException(reason);
}

/// <summary>Reads a number column of a figures file by <see cref="CsvNumber"/>'s rule; writes it in the same form.</summary>
public sealed class CsvNumberConverter : ICsvConverter<decimal>
{
    public decimal Read(CsvReader reader, int index)
    {
        var text = reader.GetString(index);
        return CsvNumber.TryParse(text, out var value, out var reason) ? value : throw new CsvNumber.InvalidException(reason!);
    }

    public void Write(CsvWriter writer, decimal value) => writer.WriteField(value, default);
}

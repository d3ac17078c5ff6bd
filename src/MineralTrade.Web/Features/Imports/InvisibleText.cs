using System.Globalization;
using System.Text;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Characters that change how text reads without being seen: the bidirectional controls (U+202A-U+202E,
/// U+2066-U+2069, U+200E, U+200F, U+061C), the other format characters (zero-width space, soft hyphen, word joiner,
/// byte-order mark, tags...) and the line and paragraph separators. U+202E shows <c>evil&#x202E;txt.exe</c> as
/// <c>evilexe.txt</c>. Imported text may not hold one (ImportReader); a file name shows each as U+FFFD (decision 0082).
/// The zero-width joiner and non-joiner stay: Urdu and Persian text needs them to join or part letters.
/// </summary>
public static class InvisibleText
{
    /// <summary>What replaces an invisible character in a name shown: visible, and plainly not part of the name.</summary>
    public const char Shown = '\uFFFD';

    public static bool Is(Rune rune) =>
        rune.Value is not (0x200C or 0x200D)
        && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The first invisible character in UTF-8 <paramref name="utf8"/>, if any; ASCII alone is checked without decoding.</summary>
    public static Rune? FirstIn(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F) < 0)
        {
            return null;
        }
        while (!utf8.IsEmpty)
        {
            Rune.DecodeFromUtf8(utf8, out var rune, out var length);
            if (Is(rune))
            {
                return rune;
            }
            utf8 = utf8[length..];
        }
        return null;
    }

    /// <summary><paramref name="text"/> with each invisible character shown as <see cref="Shown"/>.</summary>
    public static string Neutralise(string text)
    {
        if (!text.EnumerateRunes().Any(Is))
        {
            return text;
        }
        var shown = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            shown.Append(Is(rune) ? Shown.ToString() : rune.ToString());
        }
        return shown.ToString();
    }

    /// <summary>The character as a reader of a problem list needs it: its code point, and its name where it is a bidirectional control.</summary>
    public static string Describe(Rune rune) => rune.Value switch
    {
        0x202A => "U+202A, left-to-right embedding",
        0x202B => "U+202B, right-to-left embedding",
        0x202C => "U+202C, pop directional formatting",
        0x202D => "U+202D, left-to-right override",
        0x202E => "U+202E, right-to-left override",
        0x2066 => "U+2066, left-to-right isolate",
        0x2067 => "U+2067, right-to-left isolate",
        0x2068 => "U+2068, first strong isolate",
        0x2069 => "U+2069, pop directional isolate",
        0x200E => "U+200E, left-to-right mark",
        0x200F => "U+200F, right-to-left mark",
        0x061C => "U+061C, Arabic letter mark",
        _ => $"U+{rune.Value:X4}",
    };
}

namespace MineralTrade.Web.Features.Languages;

/// <summary>
/// Isolation of runs inside text that may read right to left (Unicode's isolates, for strings that end in an
/// attribute, a chart or a title, where no <c>&lt;bdi&gt;</c> can go).
/// </summary>
public static class Bidi
{
    /// <summary>A code or number as a left-to-right run of its own in a right-to-left language (U+2066…U+2069); as it is otherwise.</summary>
    public static string Ltr(string text, Language language) => language.RightToLeft ? $"\u2066{text}\u2069" : text;

    /// <summary>Text typed or imported, whatever its direction, kept from reordering the sentence around it (U+2068…U+2069).</summary>
    public static string Isolate(string text) => $"\u2068{text}\u2069";
}

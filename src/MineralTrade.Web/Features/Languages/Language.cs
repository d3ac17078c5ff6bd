using System.Globalization;

namespace MineralTrade.Web.Features.Languages;

/// <summary>
/// A language the pages are read in: English (the default), Simplified Chinese and Urdu (right to left). The language is
/// the request's UI culture (<see cref="CultureInfo.CurrentUICulture"/>); formats never come from the current culture,
/// which stays invariant (decision 0110).
/// </summary>
/// <param name="Code">The BCP 47 tag: the value of <c>?culture=</c>, the culture cookie and <c>&lt;html lang&gt;</c>.</param>
/// <param name="NativeName">How the language names itself, in the language switch.</param>
/// <param name="Fonts">The stylesheet of the fonts it needs (fonts.mjs), linked only in this language; null for none.</param>
/// <param name="HasSingular">Whether a count of one reads differently from other counts (Chinese has no plural).</param>
public sealed record Language(string Code, string EnglishName, string NativeName, bool RightToLeft, string? Fonts, bool HasSingular)
{
    /// <summary>The address's parameter that chooses a language: <c>?culture=ur</c>.</summary>
    public const string QueryParameter = "culture";

    public static readonly Language English = new("en", "English", "English", false, null, true);
    public static readonly Language Chinese = new("zh-Hans", "Simplified Chinese", "简体中文", false, "lib/fonts/zh-hans.css", false);
    public static readonly Language Urdu = new("ur", "Urdu", "اردو", true, "lib/fonts/ur.css", true);

    /// <summary>Every language, the default first: the order of the language switch.</summary>
    public static readonly IReadOnlyList<Language> All = [English, Chinese, Urdu];

    private static readonly Language[] s_all = [.. All];

    public static Language Default => English;

    /// <summary>The language of the request or circuit being rendered.</summary>
    public static Language Current => For(CultureInfo.CurrentUICulture);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Code);

    /// <summary><c>rtl</c> or <c>ltr</c>, for <c>&lt;html dir&gt;</c>.</summary>
    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>The language of <paramref name="culture"/> or of its nearest parent (<c>zh-CN</c> is Chinese, <c>ur-PK</c> Urdu); English otherwise.</summary>
    public static Language For(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            // A loop, not a query: every text of a page asks (issue 21: its closures were 2% of the overview's allocation).
            foreach (var language in s_all)
            {
                if (string.Equals(language.Code, c.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return language;
                }
            }
        }
        return Default;
    }

    /// <summary>The language named exactly by <paramref name="code"/> (as in <c>?culture=</c>), or null.</summary>
    public static Language? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}

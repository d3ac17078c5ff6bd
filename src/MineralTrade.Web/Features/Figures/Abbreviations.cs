using System.Text.RegularExpressions;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// What each abbreviation a page may show stands for (issue 18, point 11): reporter codes, country and flow codes,
/// publishers and news agencies, trade terms. The pages write each one as an abbreviation whose meaning a tap, a hover
/// or a screen reader gives (<c>Components/Shared/Words.razor</c>); the site-wide words check fails on a page that shows
/// one not explained.
/// </summary>
public static partial class Abbreviations
{
    /// <summary>An abbreviation's name spelled out, and a few words on what it is where the name alone does not say, in <paramref name="Language"/>.</summary>
    public sealed record Meaning(string Name, string? What, Language Language)
    {
        public string Text => What is null ? Name : s_texts.Format("Meaning", Language, ("name", Name), ("what", What));
    }

    private static readonly Texts s_texts = new(typeof(Abbreviations));

    /// <summary>The abbreviations explained: each one's name (and words on what it is) in <c>Resources/Features/Figures/Abbreviations.*.resx</c>.</summary>
    private static readonly string[] s_codes =
    [
        "HS", "GACC", "SBP", "TDAP", "PBS", "MOC", "CIF", "FOB", "FY", "PK", "CN", "WORLD", "TOTAL", "UN", "WITS", "PCJCCI", "SMM",
        "WAM", "APP", "NNI", "INP", "PTI", "CEN", "USD", "UTC", "SHA",
    ];

    private static readonly Dictionary<Language, Dictionary<string, Meaning>> s_meanings = Language.All.ToDictionary(
        language => language,
        language => s_codes.ToDictionary(code => code, code => new Meaning(s_texts[code, language], s_texts.Find(code + ".What", language), language), StringComparer.Ordinal));

    /// <summary>Names written in capitals (publications, a tool): a name, not an abbreviation to spell out.</summary>
    private static readonly string[] s_names = ["ARY News", "MM News", "DT Next", "TDM News", "Swagger UI"];

    /// <summary>Every abbreviation's meaning in English.</summary>
    public static IReadOnlyDictionary<string, Meaning> All => s_meanings[Language.English];

    public static IReadOnlyList<string> Names => s_names;

    /// <summary>A code as a menu writes it, where no abbreviation can be tapped: "Pakistan (PK)"; a code not known stays as it is.</summary>
    public static string SpelledOut(string code) => All.TryGetValue(code, out var m) ? $"{m.Name} ({code})" : code;

    /// <summary>A run of two or more capitals standing as a word of its own (CN-GACC is CN and GACC; FY2025-26 holds FY).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\p{Lu}{2,}(?![\p{L}_])")]
    public static partial Regex Capitals();

    /// <summary>Runs of capitals joined by hyphens (CN-GACC, PK-SBP): a reporter code is explained whole, by <see cref="Reporters"/>.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])\p{Lu}{2,}(?:-\p{Lu}{2,})+(?![\p{L}\p{N}_-])")]
    private static partial Regex ReporterCodes();

    /// <summary>
    /// The text in pieces: plain text, and each abbreviation this list knows with its meaning in the page's language; a reporter code
    /// (CN-GACC) is one piece, with what <see cref="Reporters.Describe"/> says of it in the page's language. A
    /// publication's name (<see cref="Names"/>) stays plain.
    /// </summary>
    public static IEnumerable<(string Text, Meaning? Meaning)> Split(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var meanings = s_meanings[Language.Current];
        var names = s_names.SelectMany(n => AllIndexes(text, n).Select(i => (Start: i, End: i + n.Length))).ToList();
        var reporters = ReporterCodes().Matches(text).Where(m => Reporters.IsKnown(m.Value)).ToList();
        var terms = Capitals().Matches(text)
            .Where(m => meanings.ContainsKey(m.Value) && !names.Any(n => m.Index >= n.Start && m.Index < n.End)
                && !reporters.Any(r => m.Index >= r.Index && m.Index < r.Index + r.Length))
            .Select(m => (m.Index, m.Value, Meaning: meanings[m.Value]))
            .Concat(reporters.Select(r => (r.Index, r.Value, Meaning: new Meaning(Reporters.Describe(r.Value), null, Language.Current))))
            .OrderBy(t => t.Index);
        var at = 0;
        foreach (var (index, value, meaning) in terms)
        {
            if (index > at)
            {
                yield return (text[at..index], null);
            }
            yield return (value, meaning);
            at = index + value.Length;
        }
        if (at < text.Length)
        {
            yield return (text[at..], null);
        }
    }

    private static IEnumerable<int> AllIndexes(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}

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
    /// <summary>
    /// An abbreviation's name spelled out, and a few words on what it is where the name alone does not say; written in
    /// <paramref name="In"/> (this list is English; a reporter's meaning is in the page's language).
    /// </summary>
    public sealed record Meaning(string Name, string? What = null, Language? In = null)
    {
        public Language Language => In ?? Language.English;

        public string Text => What is null ? Name : $"{Name}: {What}";
    }

    private static readonly Dictionary<string, Meaning> s_meanings = new(StringComparer.Ordinal)
    {
        ["HS"] = new("Harmonized System", "the world's customs codes for products"),
        ["GACC"] = new("General Administration of Customs of China", "China's customs"),
        ["SBP"] = new("State Bank of Pakistan"),
        ["TDAP"] = new("Trade Development Authority of Pakistan"),
        ["PBS"] = new("Pakistan Bureau of Statistics"),
        ["MOC"] = new("Ministry of Commerce", "Pakistan's"),
        ["CIF"] = new("cost, insurance and freight", "a value that includes shipping to the buyer's port"),
        ["FOB"] = new("free on board", "a value at the seller's port, without freight and insurance"),
        ["FY"] = new("fiscal year", "Pakistan's runs from July to June"),
        ["PK"] = new("Pakistan"),
        ["CN"] = new("China"),
        ["WORLD"] = new("all destinations", "every country together"),
        ["TOTAL"] = new("all goods", "the code for every product together"),
        ["UN"] = new("United Nations"),
        ["WITS"] = new("World Integrated Trade Solution", "the World Bank's trade database"),
        ["PCJCCI"] = new("Pakistan-China Joint Chamber of Commerce and Industry"),
        ["SMM"] = new("Shanghai Metals Market", "a metals price and news service"),
        ["WAM"] = new("Emirates News Agency"),
        ["APP"] = new("Associated Press of Pakistan", "Pakistan's state news agency"),
        ["NNI"] = new("News Network International", "a Pakistani news agency"),
        ["INP"] = new("Independent News Pakistan", "a news agency"),
        ["PTI"] = new("Press Trust of India", "a news agency"),
        ["CEN"] = new("China Economic Net", "a Chinese business news site"),
        ["USD"] = new("US dollars"),
        ["UTC"] = new("Coordinated Universal Time"),
        ["SHA"] = new("Secure Hash Algorithm", "a file's fingerprint"),
    };

    /// <summary>Names written in capitals (publications, a tool): a name, not an abbreviation to spell out.</summary>
    private static readonly string[] s_names = ["ARY News", "MM News", "DT Next", "TDM News", "Swagger UI"];

    public static IReadOnlyDictionary<string, Meaning> All => s_meanings;

    public static IReadOnlyList<string> Names => s_names;

    /// <summary>A code as a menu writes it, where no abbreviation can be tapped: "Pakistan (PK)"; a code not known stays as it is.</summary>
    public static string SpelledOut(string code) => s_meanings.TryGetValue(code, out var m) ? $"{m.Name} ({code})" : code;

    /// <summary>A run of two or more capitals standing as a word of its own (CN-GACC is CN and GACC; FY2025-26 holds FY).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\p{Lu}{2,}(?![\p{L}_])")]
    public static partial Regex Capitals();

    /// <summary>Runs of capitals joined by hyphens (CN-GACC, PK-SBP): a reporter code is explained whole, by <see cref="Reporters"/>.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])\p{Lu}{2,}(?:-\p{Lu}{2,})+(?![\p{L}\p{N}_-])")]
    private static partial Regex ReporterCodes();

    /// <summary>
    /// The text in pieces: plain text, and each abbreviation this list knows with its meaning; a reporter code
    /// (CN-GACC) is one piece, with what <see cref="Reporters.Describe"/> says of it in the page's language. A
    /// publication's name (<see cref="Names"/>) stays plain.
    /// </summary>
    public static IEnumerable<(string Text, Meaning? Meaning)> Split(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var names = s_names.SelectMany(n => AllIndexes(text, n).Select(i => (Start: i, End: i + n.Length))).ToList();
        var reporters = ReporterCodes().Matches(text).Where(m => Reporters.IsKnown(m.Value)).ToList();
        var terms = Capitals().Matches(text)
            .Where(m => s_meanings.ContainsKey(m.Value) && !names.Any(n => m.Index >= n.Start && m.Index < n.End)
                && !reporters.Any(r => m.Index >= r.Index && m.Index < r.Index + r.Length))
            .Select(m => (m.Index, m.Value, Meaning: s_meanings[m.Value]))
            .Concat(reporters.Select(r => (r.Index, r.Value, Meaning: new Meaning(Reporters.Describe(r.Value), In: Language.Current))))
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

using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>What each reporter code means, as data/README.md explains it, in each language (<c>Resources/Features/Figures/Reporters.*.resx</c>).</summary>
public static class Reporters
{
    private static readonly Texts s_texts = new(typeof(Reporters));

    private static readonly HashSet<string> s_known = new(["CN-GACC", "PK-SBP", "PK-PBS", "PK-TDAP", "PK-MOC", "unstated"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="reporter"/> is one of the codes the site explains (CN-GACC, PK-SBP...).</summary>
    public static bool IsKnown(string reporter) => s_known.Contains(reporter);

    /// <summary>The reporter in words, in <paramref name="language"/> (the page's by default).</summary>
    public static string Describe(string reporter, Language? language = null) =>
        s_texts[s_known.TryGetValue(reporter, out var key) ? key : "Imported", language ?? Language.Current];

    /// <summary>
    /// Whose statistics, as a name: "China's General Administration of Customs" for CN-GACC (what <see cref="Describe"/>
    /// says before its colon); the words for <c>unstated</c> ("Reporter not stated"); an imported code as it is.
    /// </summary>
    public static string Name(string reporter, Language? language = null)
    {
        language ??= Language.Current;
        if (IsUnstated(reporter))
        {
            return NotStated(language);
        }
        return IsKnown(reporter) ? Describe(reporter, language).Split(':', '：')[0] : reporter;
    }

    /// <summary>
    /// A reporter where a code cannot be tapped for its meaning (a chart's tooltip, a menu): its name with the code,
    /// "China's General Administration of Customs (CN-GACC)"; "Reporter not stated" for <c>unstated</c>.
    /// </summary>
    public static string Spelled(string reporter, Language? language = null)
    {
        language ??= Language.Current;
        return IsKnown(reporter) && !IsUnstated(reporter) ? $"{Name(reporter, language)} ({Bidi.Ltr(reporter, language)})" : Name(reporter, language);
    }

    /// <summary>
    /// A chart tooltip's line for the reporter, on every chart: "Reporter: China's General Administration of Customs
    /// (CN-GACC)"; "Reporter not stated".
    /// </summary>
    public static string TipLine(string reporter, Language? language = null)
    {
        language ??= Language.Current;
        return IsUnstated(reporter) ? NotStated(language) : s_texts.Format("Tip", language, ("reporter", Spelled(reporter, language)));
    }

    /// <summary>
    /// A reporter as a list or a checkbox shows it: the code, which the page explains (<c>Words</c>), or for
    /// <c>unstated</c>, which is no code to a reader, the words "Reporter not stated".
    /// </summary>
    public static string Label(string reporter, Language? language = null)
    {
        language ??= Language.Current;
        return IsUnstated(reporter) ? NotStated(language) : Bidi.Ltr(reporter, language);
    }

    private static bool IsUnstated(string reporter) => reporter.Equals(Codes.Unstated, StringComparison.OrdinalIgnoreCase);

    private static string NotStated(Language language) => s_texts["NotStated", language];
}

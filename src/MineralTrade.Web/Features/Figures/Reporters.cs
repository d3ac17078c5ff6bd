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
}

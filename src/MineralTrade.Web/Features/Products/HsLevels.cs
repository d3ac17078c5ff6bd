using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>Where a code sits in the Harmonized System: all goods, chapter (2 digits), heading (4), subheading (6), national line (more).</summary>
public enum HsLevel
{
    [JsonStringEnumMemberName("all-goods")] AllGoods,
    [JsonStringEnumMemberName("chapter")] Chapter,
    [JsonStringEnumMemberName("heading")] Heading,
    [JsonStringEnumMemberName("subheading")] Subheading,
    /// <summary>A country's own 8- or 10-digit line under an HS subheading.</summary>
    [JsonStringEnumMemberName("national-line")] NationalLine,
}

/// <summary>The HS code's place in the tree: its level, the codes above it, and the range of the codes inside it.</summary>
public static class HsLevels
{
    public static HsLevel LevelOf(string code) => code switch
    {
        HsClassification.Total => HsLevel.AllGoods,
        { Length: 2 } => HsLevel.Chapter,
        { Length: <= 4 } => HsLevel.Heading,
        { Length: <= 6 } => HsLevel.Subheading,
        _ => HsLevel.NationalLine,
    };

    public static string Name(HsLevel level) => level switch
    {
        HsLevel.AllGoods => "all goods",
        HsLevel.Chapter => "chapter",
        HsLevel.Heading => "heading",
        HsLevel.Subheading => "subheading",
        _ => "national tariff line",
    };

    /// <summary>
    /// The code one level up: 740311 → 7403 → 74; a chapter has none (all goods are not a code above it: no HS code
    /// is "inside" TOTAL by its digits). An odd length (a 3-digit code) goes to the level below it.
    /// </summary>
    public static string? ParentOf(string code)
    {
        if (code == HsClassification.Total || code.Length <= 2)
        {
            return null;
        }
        // 2, 4, 6, 8: the HS and national levels; a code of another length hangs under the longest one shorter than it.
        var length = code.Length % 2 == 0 ? code.Length - 2 : code.Length - 1;
        return code[..Math.Max(2, length)];
    }

    /// <summary>The codes above <paramref name="code"/>, outermost first: 740311 → [74, 7403].</summary>
    public static IReadOnlyList<string> AncestorsOf(string code)
    {
        var ancestors = new List<string>();
        for (var parent = ParentOf(code); parent is not null; parent = ParentOf(parent))
        {
            ancestors.Insert(0, parent);
        }
        return ancestors;
    }
}

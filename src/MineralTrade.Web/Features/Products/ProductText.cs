using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>What the product pages and the tree of codes say in words, made from the numbers (plurals, levels).</summary>
public static class ProductText
{
    /// <summary>Where a code sits, in words a reader needs no glossary for: <c>A heading of the Harmonized System (HS), the 4-digit level</c>.</summary>
    public static string Level(HsLevel level) => level switch
    {
        HsLevel.AllGoods => "Every good traded, all chapters together: a total, not an HS code",
        HsLevel.Chapter => "A chapter of the Harmonized System (HS), the 2-digit level",
        HsLevel.Heading => "A heading of the Harmonized System (HS), the 4-digit level",
        HsLevel.Subheading => "A subheading of the Harmonized System (HS), the 6-digit level",
        _ => "A country's own tariff line under a subheading of the Harmonized System (HS)",
    };

    /// <summary>
    /// How many figures a code holds, its own and those of the codes inside it: <c>12 figures</c>, <c>no figure for
    /// this code itself; 11 figures in the 3 codes inside it</c>, <c>1 figure for this code itself; 4 more in the code inside it</c>.
    /// </summary>
    public static string Figures(int own, int inside, int codesInside)
    {
        var figures = OverviewText.Count(own, "figure", "figures");
        if (inside == 0)
        {
            return figures;
        }
        var codes = codesInside == 1 ? "the code inside it" : $"the {codesInside:N0} codes inside it";
        return own == 0
            ? $"no figure for this code itself; {OverviewText.Count(inside, "figure", "figures")} in {codes}"
            : $"{figures} for this code itself; {inside:N0} more in {codes}";
    }

    /// <summary>The list of every figure of a code: <c>The 1 figure at HS 2603, every flow</c>, <c>All 12 figures at HS 74, every flow</c>.</summary>
    public static string AllFigures(int count, string code) =>
        (count == 1 ? "The 1 figure" : $"All {OverviewText.Count(count, "figure", "figures")}") + (code == HsClassification.Total ? " of all goods, every flow" : $" at HS {code}, every flow");
}

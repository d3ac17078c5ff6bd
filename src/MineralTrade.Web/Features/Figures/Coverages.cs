using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>What a figure counts, in words, and what a figure counts when its file does not say (docs/decisions/0067).</summary>
public static class Coverages
{
    private static readonly Texts s_texts = new(typeof(Coverages));

    /// <summary>"goods", "goods and services", "coverage not stated", in the page's language (商品, 商品和服务...).</summary>
    public static string Label(Coverage coverage, Language? language = null) => s_texts[coverage switch
    {
        Coverage.GoodsAndServices => "GoodsAndServices",
        Coverage.Unstated => "Unstated",
        _ => "Goods",
    }, language ?? Language.Current];

    /// <summary>
    /// The words to show beside a figure, or null where they go without saying: an HS code counts goods, so only an
    /// all-goods figure (<c>TOTAL</c>) says what it counts.
    /// </summary>
    public static string? Note(Figure f) => f.HsCode == HsClassification.Total ? Label(f.Coverage) : null;

    /// <summary>A series' name with what it counts where that is not goods alone: <c>PK-SBP, goods and services</c>.</summary>
    public static string Named(string name, Coverage coverage) =>
        coverage == Coverage.Goods ? name : s_texts.Format("Named", Language.Current, ("name", name), ("coverage", Label(coverage)));

    /// <summary>
    /// A file's empty coverage: an HS code is goods; a total that does not say is <see cref="Coverage.Unstated"/>,
    /// never taken for goods.
    /// </summary>
    public static Coverage Default(string hsCode) => hsCode == HsClassification.Total ? Coverage.Unstated : Coverage.Goods;

    /// <summary>Services have no HS code: only a total may count them, or leave them unsaid.</summary>
    public static bool Fits(Coverage coverage, string hsCode) => coverage == Coverage.Goods || hsCode == HsClassification.Total;
}

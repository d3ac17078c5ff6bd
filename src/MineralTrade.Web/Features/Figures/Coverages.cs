namespace MineralTrade.Web.Features.Figures;

/// <summary>What a figure counts, in words, and what a figure counts when its file does not say (docs/decisions/0067).</summary>
public static class Coverages
{
    /// <summary>"goods", "goods and services", "not stated: ...".</summary>
    public static string Label(Coverage coverage) => coverage switch
    {
        Coverage.GoodsAndServices => "goods and services",
        Coverage.Unstated => "coverage not stated",
        _ => "goods",
    };

    /// <summary>
    /// The words to show beside a figure, or null where they go without saying: an HS code counts goods, so only an
    /// all-goods figure (<c>TOTAL</c>) says what it counts.
    /// </summary>
    public static string? Note(Figure f) => f.HsCode == HsClassification.Total ? Label(f.Coverage) : null;

    /// <summary>A series' name with what it counts where that is not goods alone: <c>PK-SBP, goods and services</c>.</summary>
    public static string Named(string name, Coverage coverage) => coverage == Coverage.Goods ? name : $"{name}, {Label(coverage)}";

    /// <summary>
    /// A file's empty coverage: an HS code is goods; a total that does not say is <see cref="Coverage.Unstated"/>,
    /// never taken for goods.
    /// </summary>
    public static Coverage Default(string hsCode) => hsCode == HsClassification.Total ? Coverage.Unstated : Coverage.Goods;

    /// <summary>Services have no HS code: only a total may count them, or leave them unsaid.</summary>
    public static bool Fits(Coverage coverage, string hsCode) => coverage == Coverage.Goods || hsCode == HsClassification.Total;
}

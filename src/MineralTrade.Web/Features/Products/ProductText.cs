using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Products;

/// <summary>
/// What the product pages and the tree of codes say in words, made from the numbers (plurals, levels), in the page's
/// language (<c>Resources/Features/Products/ProductText.*.resx</c>); the API's CSV files get English, the API's language.
/// </summary>
public static class ProductText
{
    private static readonly Texts s_texts = new(typeof(ProductText));

    /// <summary>Where a code sits, in words a reader needs no glossary for: <c>A heading of the Harmonized System (HS), the 4-digit level</c>.</summary>
    public static string Level(HsLevel level, Language? language = null) => s_texts[level switch
    {
        HsLevel.AllGoods => "LevelAllGoods",
        HsLevel.Chapter => "LevelChapter",
        HsLevel.Heading => "LevelHeading",
        HsLevel.Subheading => "LevelSubheading",
        _ => "LevelNationalLine",
    }, language ?? Language.Current];

    /// <summary>
    /// How many figures a code holds, its own and those of the codes inside it: <c>12 figures</c>, <c>no figure for
    /// this code itself; 11 figures in the 3 codes inside it</c>, <c>1 figure for this code itself; 4 more in the code inside it</c>.
    /// </summary>
    public static string Figures(int own, int inside, int codesInside, Language? language = null)
    {
        language ??= Language.Current;
        if (inside == 0)
        {
            return s_texts.Plural("Figures", own, language);
        }
        return own == 0
            ? s_texts.Plural("InsideOnly", codesInside, language, ("figures", s_texts.Plural("Figures", inside, language)))
            : s_texts.Plural("OwnAndInside", codesInside, language, ("figures", s_texts.Plural("Figures", own, language)), Texts.Count(inside) with { Name = "more" });
    }

    /// <summary>The list of every figure of a code: <c>The 1 figure at HS 2603, every flow</c>, <c>All 12 figures at HS 74, every flow</c>.</summary>
    public static string AllFigures(int count, string code, Language? language = null)
    {
        language ??= Language.Current;
        return code == HsClassification.Total
            ? s_texts.Plural("AllFiguresOfAllGoods", count, language)
            : s_texts.Plural("AllFigures", count, language, ("code", Bidi.Ltr(code, language)));
    }

    /// <summary>The title of a product chart of one kind of period: <c>Full years</c>, <c>Fiscal years (July–June)</c>.</summary>
    public static string ChartTitle(PeriodKind kind, Language? language = null) => s_texts[kind switch
    {
        PeriodKind.Annual => "TitleAnnual",
        PeriodKind.FiscalYear => "TitleFiscalYear",
        PeriodKind.HalfYear => "TitleHalfYear",
        PeriodKind.Quarter => "TitleQuarter",
        _ => "TitleMonth",
    }, language ?? Language.Current];

    /// <summary>A number of periods of one kind: <c>1 full year</c>, <c>20 quarters</c>, <c>20个季度</c>.</summary>
    public static string Periods(PeriodKind kind, int count, Language? language = null)
    {
        language ??= Language.Current;
        return kind switch
        {
            PeriodKind.Annual => s_texts.Plural("PeriodsAnnual", count, language),
            PeriodKind.FiscalYear => s_texts.Plural("PeriodsFiscalYear", count, language),
            PeriodKind.HalfYear => s_texts.Plural("PeriodsHalfYear", count, language),
            PeriodKind.Quarter => s_texts.Plural("PeriodsQuarter", count, language),
            _ => s_texts.Plural("PeriodsMonth", count, language),
        };
    }

    /// <summary>
    /// The series of the <paramref name="number"/>th publisher whose figures do not say whose statistics they are:
    /// <c>Reporter not stated (1)</c>, <c>未说明报告方（1）</c>. Numbered, never named after the publisher (imported
    /// text stays out of series names: chart legends are HTML).
    /// </summary>
    public static string UnstatedSeries(int number, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("UnstatedSeries", language, ("reporter", Reporters.Label(Codes.Unstated, language)), ("number", Bidi.Ltr($"{number}", language)));
    }
}

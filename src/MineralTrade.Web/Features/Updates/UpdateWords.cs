using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.Web.Features.Updates;

/// <summary>A series and a move in words, for the updates page (the page's language) and feed (English, as the API).</summary>
public static class UpdateWords
{
    private static readonly Texts s_texts = new(typeof(UpdateWords));

    /// <summary>
    /// Whose flow of what: <c>China's imports of Copper ores (2603) from Pakistan</c> where the reporter is one side's
    /// statistics, else <c>Copper ores (2603), PK → CN, as reported by X</c>. The product is the figure's, as imported.
    /// </summary>
    public static string Series(string reporter, string exporter, string importer, string product, string hsCode, Language? language = null)
    {
        language ??= Language.Current;
        var (key, parts) = Template(reporter, exporter, importer, hsCode, language);
        return s_texts.Format(key, language, [.. parts, ("product", product)]);
    }

    public static string Series(Figure f, Language? language = null) => Series(f.Reporter, f.Exporter, f.Importer, f.Product, f.HsCode, language);

    /// <summary>The series' words before and after its product, for a page that shows the product as imported (isolated, not translated).</summary>
    public static (string Before, string After) SeriesAround(string reporter, string exporter, string importer, string hsCode, Language language)
    {
        var (key, parts) = Template(reporter, exporter, importer, hsCode, language);
        return s_texts.Around(key, language, "product", parts);
    }

    private static (string Key, (string Name, object? Value)[] Parts) Template(string reporter, string exporter, string importer, string hsCode, Language language)
    {
        (string Name, object? Value)[] parts = [("exporter", Place(exporter, language)), ("importer", Place(importer, language)), ("code", Bidi.Ltr(hsCode, language))];
        if (reporter.StartsWith(importer + "-", StringComparison.OrdinalIgnoreCase))
        {
            return ("ImportsOf", parts);
        }
        if (reporter.StartsWith(exporter + "-", StringComparison.OrdinalIgnoreCase))
        {
            return ("ExportsOf", parts);
        }
        (string, object?) flow = ("flow", Bidi.Ltr($"{exporter} → {importer}", language));
        // "unstated" is no one's name: the words say the source does not name the reporter.
        return reporter.Equals(Codes.Unstated, StringComparison.OrdinalIgnoreCase)
            ? ("ReporterNotStated", [.. parts, flow])
            : ("ReportedBy", [.. parts, flow, ("reporter", Bidi.Ltr(reporter, language))]);
    }

    /// <summary>
    /// A year-on-year move: <c>China's imports of Copper ores (2603) from Pakistan, October 2026: $12.3 M, +48% on
    /// October 2025</c>. The series is isolated (U+2068…U+2069) so that a right-to-left override in an imported name
    /// cannot reorder the numbers after it.
    /// </summary>
    public static string Move(GrowthRate rate, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("Move", language, [("series", Isolated(Series(rate.Current, language))), .. MoveParts(rate, language)]);
    }

    /// <summary>The move's words before and after its series, for the page, which links the series to its product.</summary>
    public static (string Before, string After) MoveAround(GrowthRate rate, Language language) => s_texts.Around("Move", language, "series", MoveParts(rate, language));

    private static (string Name, object? Value)[] MoveParts(GrowthRate rate, Language language) =>
    [
        ("period", Period.Label(rate.Current.PeriodStart, rate.Current.PeriodEnd, rate.Current.Reporter, language)),
        ("value", Money.Usd(rate.Current.ValueUsd, rate.Current.Qualifier, language)), ("growth", Bidi.Ltr(Money.Percent(rate.GrowthPercent, rate.Qualifier, language), language)),
        ("previous", Period.Label(rate.Previous.PeriodStart, rate.Previous.PeriodEnd, rate.Previous.Reporter, language)),
    ];

    /// <summary>A revision or withdrawal: <c>…, February 2026: $12.1 M, was $11.0 M</c> or <c>…: withdrawn, was $11.0 M</c>.</summary>
    public static string Change(ChangedFigure c, Language? language = null)
    {
        language ??= Language.Current;
        return s_texts.Format("Change", language, [("series", Isolated(c.Series(language))), .. ChangeParts(c, language)]);
    }

    /// <summary>The change's words before and after its series, for the page, which shows the series' product as imported.</summary>
    public static (string Before, string After) ChangeAround(ChangedFigure c, Language language) => s_texts.Around("Change", language, "series", ChangeParts(c, language));

    private static (string Name, object? Value)[] ChangeParts(ChangedFigure c, Language language) =>
        [("period", c.PeriodLabel(language)), ("now", Now(c, language)), ("was", Money.Usd(c.WasUsd, c.WasQualifier, language))];

    /// <summary>The figure's value now, or that it was withdrawn.</summary>
    public static string Now(ChangedFigure c, Language language) =>
        c.Now is { } now ? Money.Usd(now.ValueUsd, now.Qualifier, language) : s_texts["Withdrawn", language];

    public static string Isolated(string text) => Bidi.Isolate(text);

    // China, Pakistan (their names in the language), the world; a code otherwise.
    private static string Place(string code, Language language) =>
        code.Equals("WORLD", StringComparison.OrdinalIgnoreCase) ? s_texts["World", language] : PartnerNames.Name(code, language)?.Name ?? code;
}

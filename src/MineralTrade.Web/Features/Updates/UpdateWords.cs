using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Updates;

/// <summary>A series and a move in words, for the updates page and feed.</summary>
public static class UpdateWords
{
    private static readonly Dictionary<string, string> s_places = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CN"] = "China", ["PK"] = "Pakistan", ["WORLD"] = "the world",
    };

    /// <summary>
    /// Whose flow of what: <c>China's imports of Copper ores (2603) from Pakistan</c> where the reporter is one side's
    /// statistics, else <c>Copper ores (2603), PK → CN, as reported by X</c>.
    /// </summary>
    public static string Series(string reporter, string exporter, string importer, string product, string hsCode)
    {
        var what = $"{product} ({hsCode})";
        if (reporter.StartsWith(importer + "-", StringComparison.OrdinalIgnoreCase))
        {
            return $"{Place(importer)}'s imports of {what} from {Place(exporter)}";
        }
        return reporter.StartsWith(exporter + "-", StringComparison.OrdinalIgnoreCase)
            ? $"{Place(exporter)}'s exports of {what} to {Place(importer)}"
            : $"{what}, {exporter} → {importer}, as reported by {reporter}";
    }

    public static string Series(Figure f) => Series(f.Reporter, f.Exporter, f.Importer, f.Product, f.HsCode);

    /// <summary>
    /// A year-on-year move: <c>China's imports of Copper ores (2603) from Pakistan, October 2026: $12.3 M, +48% on
    /// October 2025</c>. The series is isolated (U+2068…U+2069) so that a right-to-left override in an imported name
    /// cannot reorder the numbers after it.
    /// </summary>
    public static string Move(GrowthRate rate) =>
        $"{Isolated(Series(rate.Current))}, {rate.PeriodLabel}: {Money.Usd(rate.Current.ValueUsd, rate.Current.Qualifier)}, "
        + $"{Money.Percent(rate.GrowthPercent, rate.Qualifier)} on {rate.PreviousPeriodLabel}";

    /// <summary>A revision or withdrawal: <c>…, February 2026: $12.1 M, was $11.0 M</c> or <c>…: withdrawn, was $11.0 M</c>.</summary>
    public static string Change(ChangedFigure c) =>
        $"{Isolated(c.Series)}, {c.PeriodLabel}: {(c.Now is { } now ? Money.Usd(now.ValueUsd, now.Qualifier) : "withdrawn")}, was {Money.Usd(c.WasUsd, c.WasQualifier)}";

    public static string Isolated(string text) => $"\u2068{text}\u2069";

    private static string Place(string code) => s_places.TryGetValue(code, out var name) ? name : code;
}

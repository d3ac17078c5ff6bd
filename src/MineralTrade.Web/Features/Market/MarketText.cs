using System.Globalization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// The market panels' sentences, computed from the numbers (so that they are tested here, not in the pages), in the
/// page's language by default: whole templates with named parts (<c>Resources/Features/Market/MarketText.*.resx</c>),
/// so that each language keeps its own word order. The API's text (<see cref="WindowGrowthRow"/>) is English, as the API.
/// </summary>
public static class MarketText
{
    private static readonly Texts s_texts = new(typeof(MarketText));

    /// <summary><c>Chile (CL)</c> in the page's language (<see cref="PartnerNames"/>); the code alone where it names no country.</summary>
    public static string Partner(string code) => PartnerNames.Display(code, Language.Current);

    /// <summary>
    /// <c>2025: China's customs recorded $11 M of imports of HS 2603 from Pakistan, rank 7 of 13 suppliers held and 0.92% of
    /// China's imports from the world ($1.2 bn, China's own figure).</c>
    /// </summary>
    public static string Standing(SupplierTable table, Language? language = null)
    {
        language ??= Language.Current;
        var world = table.World is { } w
            ? s_texts.Format(w.Basis == WorldBasis.Reported ? "WorldReported" : "WorldSumOfPartners", language, ("world", w.Display))
            : s_texts["WorldNone", language];
        (string, object?)[] parts = [("when", table.Window.LabelIn(language)), ("code", Code(table.HsCode, language)),
            ("held", s_texts.Plural("SuppliersHeld", table.Lines.Count, language)), ("world", world)];
        if (table.Pakistan is not { } pk)
        {
            var top = table.Lines.Count > 0 ? table.Lines[0] : null;
            return top is null
                ? s_texts.Format("NoPakistan", language, parts)
                : s_texts.Format("NoPakistanLargest", language, [.. parts, ("partner", PartnerNames.Display(top.Partner, language)), ("value", top.Display), ("share", top.ShareDisplay)]);
        }
        return s_texts.Format(pk.SharePercent is not null ? "PakistanWithShare" : "Pakistan", language,
            [.. parts, ("value", pk.Display), ("rank", pk.RankDisplay), ("share", pk.ShareDisplay)]);
    }

    /// <summary>
    /// <c>2025: China paid $1,840/t for Pakistan's HS 2603, 71% of the $2,590/t it paid its suppliers on average.</c>,
    /// or why there is no comparison.
    /// </summary>
    public static string Price(PricePoint point, string hsCode, Language? language = null)
    {
        language ??= Language.Current;
        (string, object?) when = ("when", point.Window.LabelIn(language)), code = ("code", Code(hsCode, language));
        if (point is not { Pakistan: { } pk, Market: { } market, Percent: { } percent })
        {
            return s_texts.Format("NoPrice", language, when, code, ("missing", point.Missing));
        }
        return s_texts.Format(point.Qualifier == DerivedQualifier.Exact ? "Price" : "PriceAbout", language, when, code,
            ("pakistan", pk.DisplayIn(language)), ("percent", Percent(percent)), ("market", market.UnitValue.DisplayIn(language)), ("basis", market.Words));
    }

    /// <summary><c>2025: China took 45% of Pakistan's exports of HS 2603 ($5 M of $11 M, Pakistan's own figures).</c></summary>
    public static string Destination(DestinationPoint point, string hsCode, Language? language = null)
    {
        language ??= Language.Current;
        (string, object?) when = ("when", point.Window.LabelIn(language)), code = ("code", Code(hsCode, language));
        if (point.ChinaSharePercent is { } _)
        {
            return s_texts.Format("ChinaShare", language, when, code, ("share", point.ShareDisplay),
                ("china", Money.Usd(point.China.ValueUsd, point.China.Qualifier, language)), ("world", Money.Usd(point.World.ValueUsd, point.World.Qualifier, language)));
        }
        if (point.MirrorOnly)
        {
            return s_texts.Format("MirrorOnly", language, when, code, ("mirror", Money.Usd(point.Mirror.ValueUsd, point.Mirror.Qualifier, language)));
        }
        return s_texts.Format(point.World.ValueUsd is null ? "NoShareNoWorld" : "NoShareNoChina", language, when, code);
    }

    /// <summary>
    /// <c>Year to date, Jan–Oct 2026: $1.02 bn, +9% on Jan–Oct 2025 ($936 M)</c>, as the press reports it, with the range the roundings
    /// allow and why the rate is flagged; or the months held and why there is no rate (a month missing, named).
    /// </summary>
    public static string Window(WindowRate r, Language? language = null)
    {
        language ??= Language.Current;
        var words = r.Window.WordsIn(language);
        (string, object?) what = ("words", $"{char.ToUpperInvariant(words[0])}{words[1..]}"), value = ("value", Money.Usd(r.Current.ValueUsd, r.Current.Qualifier, language));
        if (r.GrowthPercent is not { } growth)
        {
            return s_texts.Format("WindowNoRate", language, what, value, ("reason", r.NoRateReason));
        }
        var range = Money.RoundingRange(r.LowPercent, r.HighPercent, language);
        return s_texts.Format("WindowRate", language, what, value, ("growth", Money.Percent(growth, r.Qualifier, language)),
                ("previous", r.PreviousWindow.LabelIn(language)), ("previousValue", Money.Usd(r.Previous.ValueUsd, r.Previous.Qualifier, language)))
            + (range is null ? "" : s_texts.Format("WithRange", language, ("range", range)))
            + (r.FlagReason is null ? s_texts["End", language] : s_texts.Format("WithFlag", language, ("reason", r.FlagReason)));
    }

    /// <summary><c>71%</c>, <c>71.4%</c>: a price against the market, one decimal where it has one.</summary>
    public static string Percent(decimal percent) => percent.ToString("#,0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>An HS code inside a sentence: a left-to-right run in Urdu.</summary>
    public static string Code(string hsCode, Language language) => Bidi.Ltr(hsCode, language);
}

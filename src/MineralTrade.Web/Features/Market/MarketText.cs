using System.Globalization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>The market panels' sentences, computed from the numbers (so that they are tested here, not in the pages).</summary>
public static class MarketText
{
    /// <summary><c>Chile (CL)</c> in the page's language (<see cref="PartnerNames"/>); the code alone where it names no country.</summary>
    public static string Partner(string code) => PartnerNames.Display(code, Languages.Language.Current);

    /// <summary>
    /// <c>2025: China's customs recorded $11 M of imports of HS 2603 from Pakistan, rank 7 of 13 suppliers held and 0.92% of
    /// China's imports from the world ($1.2 bn, China's own figure).</c>
    /// </summary>
    public static string Standing(SupplierTable table)
    {
        var when = table.Window.Label;
        var held = $"{table.Lines.Count} supplier{(table.Lines.Count == 1 ? "" : "s")} held";
        var world = table.World is { } w
            ? $"China's imports from the world ({w.Display}, {(w.Basis == WorldBasis.Reported ? "China's own figure" : "the partners held added up: a lower bound")})"
            : "China's imports from the world (no figure)";
        if (table.Pakistan is not { } pk)
        {
            var top = table.Lines.Count > 0 ? table.Lines[0] : null;
            return $"{when}: China's customs record no imports of HS {table.HsCode} from Pakistan among {held}"
                + (top is null ? "." : $"; the largest supplier was {Partner(top.Partner)} with {top.Display} ({top.ShareDisplay} of {world}).");
        }
        return $"{when}: China's customs recorded {pk.Display} of imports of HS {table.HsCode} from Pakistan, rank {pk.RankDisplay} of {held}"
            + (pk.SharePercent is not null ? $" and {pk.ShareDisplay} of {world}." : ".");
    }

    /// <summary>
    /// <c>2025: China paid $1,840/t for Pakistan's HS 2603, 71% of the $2,590/t it paid its suppliers on average.</c>,
    /// or why there is no comparison.
    /// </summary>
    public static string Price(PricePoint point, string hsCode)
    {
        if (point is not { Pakistan: { } pk, Market: { } market, Percent: { } percent })
        {
            return $"{point.Window.Label}: no price comparison for HS {hsCode} ({point.Missing}); none is estimated.";
        }
        var about = point.Qualifier == DerivedQualifier.Exact ? "" : "about ";
        return $"{point.Window.Label}: China paid {pk.Display} for Pakistan's HS {hsCode}, {about}{Percent(percent)} of the {market.UnitValue.Display} it paid its suppliers on average ({market.Words}).";
    }

    /// <summary><c>2025: China took 45% of Pakistan's exports of HS 2603 ($5 M of $11 M, Pakistan's own figures).</c></summary>
    public static string Destination(DestinationPoint point, string hsCode)
    {
        var when = point.Window.Label;
        if (point.ChinaSharePercent is { } _)
        {
            return $"{when}: China took {point.ShareDisplay} of Pakistan's exports of HS {hsCode} ({Money.Usd(point.China.ValueUsd, point.China.Qualifier)} of {Money.Usd(point.World.ValueUsd, point.World.Qualifier)}, Pakistan's own figures).";
        }
        if (point.MirrorOnly)
        {
            return $"{when}: Pakistan's own figure for its exports of HS {hsCode} to China is not held; China's customs recorded {Money.Usd(point.Mirror.ValueUsd, point.Mirror.Qualifier)} of imports from Pakistan (the other side of the trade, CIF: not a share of Pakistan's figures).";
        }
        return $"{when}: no share of Pakistan's exports of HS {hsCode}: "
            + (point.World.ValueUsd is null ? "no figure of its exports to the world." : "no figure of its exports to China.");
    }

    /// <summary>
    /// <c>Year to date, Jan–Oct 2026: $1.02 bn, +9% on Jan–Oct 2025 ($936 M)</c>, as the press reports it, with the range the roundings
    /// allow and why the rate is flagged; or the months held and why there is no rate (a month missing, named).
    /// </summary>
    public static string Window(WindowRate r)
    {
        var words = r.Window.Words;
        var now = $"{char.ToUpperInvariant(words[0])}{words[1..]}: {Money.Usd(r.Current.ValueUsd, r.Current.Qualifier)}";
        if (r.GrowthPercent is not { } growth)
        {
            return $"{now}; {r.NoRateReason}.";
        }
        var range = Money.RoundingRange(r.LowPercent, r.HighPercent, Languages.Language.Current);
        return $"{now}, {Money.Percent(growth, r.Qualifier)} on {r.PreviousWindow.Label} ({Money.Usd(r.Previous.ValueUsd, r.Previous.Qualifier)})"
            + (range is null ? "" : $", {range}") + (r.FlagReason is null ? "." : $"; {r.FlagReason}.");
    }

    /// <summary><c>71%</c>, <c>71.4%</c>: a price against the market, one decimal where it has one.</summary>
    public static string Percent(decimal percent) => percent.ToString("#,0.#", CultureInfo.InvariantCulture) + "%";
}

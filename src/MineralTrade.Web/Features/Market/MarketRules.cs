using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// Pakistan's unit value against the market's in one window: what the importer paid Pakistan per tonne, and what it
/// paid all its suppliers on average, from the same table (one reporter, importer, code and months).
/// </summary>
/// <param name="Percent">Pakistan's unit value as a percentage of the market's; null where either is missing or they are per different units.</param>
/// <param name="Missing">Why there is no comparison, in words; null where there is one.</param>
/// <param name="Reporter">Whose figures: the importer's customs.</param>
/// <param name="PakistanSources">The publishers of Pakistan's figures; <paramref name="MarketSources"/> those the market's average is of.</param>
public sealed record PricePoint(PeriodWindow Window, UnitValue? Pakistan, MarketPrice? Market, decimal? Percent, DerivedQualifier Qualifier, string? Missing,
    string Reporter = "", string PakistanSources = "", string MarketSources = "");

/// <summary>
/// Where Pakistan sells in one window, from Pakistan's own figures: its exports of the code to the world and to China,
/// and China's share of them; China's own figure of its imports from Pakistan beside them (the mirror), never in the share.
/// </summary>
/// <param name="World">Pakistan's figures for its exports to the world.</param>
/// <param name="China">Pakistan's figures for its exports to China.</param>
/// <param name="Mirror">China's figures for its imports from Pakistan: the other side of the same trade, CIF.</param>
/// <param name="Note">What a reader must know: a side missing, China's side the only one, China above the world.</param>
public sealed record DestinationPoint(
    PeriodWindow Window, WindowSum World, WindowSum China, WindowSum Mirror,
    decimal? ChinaSharePercent, DerivedQualifier ShareQualifier, string? ShareReason, string? Note)
{
    public string ShareDisplay => ChinaSharePercent is { } p ? Money.Share(p, ShareQualifier) : MarketRules.Words["NoShare", Language.Current];

    /// <summary>Only China's side is held: the caveat of a mirror figure applies.</summary>
    public bool MirrorOnly => China.ValueUsd is null && Mirror.ValueUsd is not null;
}

/// <summary>The rules behind the product page's market panels, free of the database (docs/decisions/0065).</summary>
public static class MarketRules
{
    internal static readonly Texts Words = new(typeof(MarketRules));

    /// <summary>Pakistan's price in the table's market, or why there is none (never estimated).</summary>
    public static PricePoint Price(SupplierTable table)
    {
        var pakistan = table.Pakistan?.Sum.UnitValue;
        var market = table.Market;
        var (percent, qualifier) = SupplierRules.AgainstMarket(pakistan, market);
        var language = Language.Current;
        var missing = table.Pakistan is null ? Words["NoPakistanFigure", language]
            : pakistan is null ? Words.Format("PakistanNoUnitValue", language, ("reason", table.Pakistan.Sum.NoUnitValueReason))
            : market is null ? Words["NoMarketPrice", language]
            : percent is null ? Words.Format("OtherUnits", language, ("per", UnitValue.UnitName(pakistan.Per, language)), ("marketPer", UnitValue.UnitName(market.UnitValue.Per, language)))
            : null;
        var marketFigures = market?.Basis == MarketBasis.World && table.World?.Sum is { } world ? world.Figures : table.Lines.SelectMany(l => l.Sum.Figures);
        return new PricePoint(table.Window, pakistan, market, percent, qualifier, missing, table.Reporter,
            table.Pakistan is { } pk ? SupplierRow.Sources(pk.Sum.Figures).Publisher : "", SupplierRow.Sources(marketFigures).Publisher);
    }

    /// <summary>
    /// China's share of Pakistan's exports in <paramref name="window"/>: Pakistan's figures to China over Pakistan's
    /// figures to the world, both of <paramref name="pakistanReporter"/> (same reporter, flow, code and months);
    /// China's figures of its imports from Pakistan (<paramref name="mirror"/>) are shown beside, never divided.
    /// </summary>
    public static DestinationPoint Destination(PeriodWindow window, string pakistanReporter, string china, IEnumerable<Figure> pakistanExports, IEnumerable<Figure> mirror)
    {
        var mine = pakistanExports.Where(f => f.Reporter == pakistanReporter && f.Exporter == SupplierTable.Focus).ToList();
        var world = WindowSum.Of(window, mine.Where(f => f.Importer == Codes.World));
        var toChina = WindowSum.Of(window, mine.Where(f => f.Importer == china));
        var chinaSide = WindowSum.Of(window, mirror.Where(f => f.Importer == china && f.Exporter == SupplierTable.Focus));
        decimal? percent = null;
        var qualifier = DerivedQualifier.Exact;
        string? reason = null, note = null;
        if (world.ValueUsd is > 0 && toChina.ValueUsd is { } part)
        {
            (qualifier, reason) = Shares.QualifierOf(toChina.Qualifier, world.Qualifier);
            percent = SupplierRules.SharePercent(part, world.ValueUsd.Value, qualifier, 1);
            if (part > world.ValueUsd)
            {
                note = Words["ChinaAboveWorld", Language.Current];
            }
        }
        else if (toChina.ValueUsd is null && chinaSide.ValueUsd is not null)
        {
            note = Words["OnlyChinasSide", Language.Current];
        }
        else if (world.ValueUsd is null && toChina.ValueUsd is not null)
        {
            note = Words["NoWorldFigure", Language.Current];
        }
        return new DestinationPoint(window, world, toChina, chinaSide, percent, qualifier, reason, note);
    }
}

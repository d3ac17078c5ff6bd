using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// An importer's suppliers of one code, free of the database (docs/decisions/0064): shares, ranks and the market's
/// unit value from the figures of one reporter, importer, code and window only.
/// </summary>
public static class SupplierRules
{
    private static readonly Texts s_texts = new(typeof(SupplierRules));

    /// <summary>
    /// The table of <paramref name="reporter"/>'s figures for imports into <paramref name="importer"/> of
    /// <paramref name="hsCode"/> over <paramref name="window"/>; figures of any other reporter, importer, code or
    /// months are left out, never mixed in.
    /// </summary>
    public static SupplierTable Table(string reporter, string importer, string hsCode, PeriodWindow window, IEnumerable<Figure> figures)
    {
        var mine = figures.Where(f => f.Reporter == reporter && f.Importer == importer && f.HsCode == hsCode).ToList();
        var notes = new List<string>();
        var sums = mine.Where(f => f.Exporter != Codes.World).GroupBy(f => f.Exporter)
            .Select(g => (Partner: g.Key, Sum: WindowSum.Of(window, g)))
            .Where(p => p.Sum.ValueUsd is not null)
            .OrderByDescending(p => p.Sum.ValueUsd).ThenBy(p => p.Partner, StringComparer.Ordinal)
            .ToList();
        var partnersUsd = sums.Sum(p => p.Sum.ValueUsd!.Value);
        var world = World(window, mine.Where(f => f.Exporter == Codes.World), sums.Select(p => p.Sum).ToList(), notes);
        if (world is { Basis: WorldBasis.Reported } w && partnersUsd > w.ValueUsd)
        {
            notes.Add(s_texts.Format("PartnersAboveWorld", Language.Current, ("partners", Money.Usd(partnersUsd)), ("world", w.Display)));
        }
        var market = Market(world, sums.Select(p => p.Sum).ToList());
        var anyInexact = sums.Any(p => p.Sum.Qualifier != DerivedQualifier.Exact);
        var lines = new List<SupplierLine>(sums.Count);
        for (var i = 0; i < sums.Count; i++)
        {
            var (partner, sum) = sums[i];
            // Competition ranking: partners of equal value share the rank of the first of them.
            var rank = i > 0 && sum.ValueUsd == sums[i - 1].Sum.ValueUsd ? lines[i - 1].Rank : i + 1;
            var (share, shareQualifier, shareNote) = Share(sum, world);
            var (against, againstQualifier) = AgainstMarket(sum.UnitValue, market);
            lines.Add(new SupplierLine(partner, sum, rank, RankQualifier(sum, world, partnersUsd, anyInexact), share, shareQualifier, shareNote, against, againstQualifier));
        }
        if (anyInexact)
        {
            notes.Add(s_texts["SomeInexact", Language.Current]);
        }
        return new SupplierTable(reporter, importer, hsCode, window, world, lines, market, notes);
    }

    /// <summary>
    /// The importer's own world figure where it covers every month of the window; else the partners added up, a
    /// lower bound (approximate where a partner's value is).
    /// </summary>
    private static WorldTotal? World(PeriodWindow window, IEnumerable<Figure> worldFigures, List<WindowSum> partners, List<string> notes)
    {
        var reported = WindowSum.Of(window, worldFigures);
        if (reported.Complete)
        {
            return new WorldTotal(reported.ValueUsd!.Value, reported.Qualifier, WorldBasis.Reported, reported, partners.Count);
        }
        if (reported.ValueUsd is not null)
        {
            notes.Add(s_texts.Format("WorldMissing", Language.Current, ("months", reported.MissingWords)));
        }
        if (partners.Count == 0)
        {
            return null;
        }
        // The partners outside the store are a part of at least nothing: the sum is a lower bound of the world.
        var qualifier = partners.Aggregate(Comparisons.WithPart(DerivedQualifier.Exact, Qualifier.AtLeast), (sum, p) => Comparisons.WithPart(sum, WindowSum.AsQualifier(p.Qualifier)));
        return new WorldTotal(partners.Sum(p => p.ValueUsd!.Value), qualifier, WorldBasis.SumOfPartners, null, partners.Count);
    }

    /// <summary>Share of the world in percent to two decimals (a small supplier holds a fraction of a per cent), rounded toward the bound the qualifier names (a lower bound never overstated).</summary>
    private static (decimal? Percent, DerivedQualifier Qualifier, string? Note) Share(WindowSum part, WorldTotal? world)
    {
        if (world is not { ValueUsd: > 0 })
        {
            return (null, DerivedQualifier.Exact, s_texts["NoWorldTotal", Language.Current]);
        }
        var (qualifier, note) = Shares.QualifierOf(part.Qualifier, world.Qualifier);
        return (SharePercent(part.ValueUsd!.Value, world.ValueUsd, qualifier, 2), qualifier, note);
    }

    /// <summary>A part over a whole in per cent, rounded toward the bound <paramref name="qualifier"/> names, so that a bound is never overstated.</summary>
    public static decimal SharePercent(decimal part, decimal whole, DerivedQualifier qualifier, int decimals) =>
        Math.Round(part / whole * 100m, decimals, qualifier switch
        {
            DerivedQualifier.AtLeast => MidpointRounding.ToNegativeInfinity,
            DerivedQualifier.AtMost => MidpointRounding.ToPositiveInfinity,
            _ => MidpointRounding.AwayFromZero,
        });

    /// <summary>
    /// Exact only where every value is exact and nothing missing could be larger: a reported world leaves less
    /// unaccounted than this partner's value. Where partners are missing, one of them could rank above.
    /// </summary>
    private static DerivedQualifier RankQualifier(WindowSum sum, WorldTotal? world, decimal partnersUsd, bool anyInexact) =>
        anyInexact ? DerivedQualifier.Approximate
        : world is { Basis: WorldBasis.Reported } w && w.ValueUsd - partnersUsd < sum.ValueUsd ? DerivedQualifier.Exact
        : DerivedQualifier.AtLeast;

    /// <summary>
    /// The world figure's unit value where it has a quantity; else the partners with a quantity in tonnes added up
    /// (value over quantity of the same figures, never a quantity estimated for the others). Null where fewer than two have one.
    /// </summary>
    private static MarketPrice? Market(WorldTotal? world, List<WindowSum> partners)
    {
        if (world is { Basis: WorldBasis.Reported, Sum.UnitValue: { } worldUnit })
        {
            return new MarketPrice(worldUnit, MarketBasis.World, 0, world.ValueUsd);
        }
        var priced = partners.Select(p => (Sum: p, Unit: p.UnitValue)).Where(p => p.Unit is { Per: UnitValue.Tonne }).ToList();
        if (priced.Count < 2)
        {
            // One supplier's price is no market's average: it would compare that supplier with itself.
            return null;
        }
        var value = priced.Sum(p => p.Sum.ValueUsd!.Value);
        var tonnes = priced.Sum(p => p.Unit!.Amount);
        var exact = priced.All(p => p.Unit!.Qualifier == DerivedQualifier.Exact);
        var unit = new UnitValue(value / tonnes, UnitValue.Tonne, tonnes, exact ? DerivedQualifier.Exact : DerivedQualifier.Approximate,
            exact ? null : s_texts["ApproximateAmongPartners", Language.Current]);
        return new MarketPrice(unit, MarketBasis.PartnersWithQuantities, priced.Count, value);
    }

    /// <summary>A unit value as a percentage of the market's, one decimal, where both are per the same unit.</summary>
    public static (decimal? Percent, DerivedQualifier Qualifier) AgainstMarket(UnitValue? unit, MarketPrice? market) =>
        unit is null || market is null || unit.Per != market.UnitValue.Per || market.UnitValue.UsdPerUnit <= 0m
            ? (null, DerivedQualifier.Exact)
            : (Math.Round(unit.UsdPerUnit / market.UnitValue.UsdPerUnit * 100m, 1, MidpointRounding.AwayFromZero),
               unit.Qualifier == DerivedQualifier.Exact && market.UnitValue.Qualifier == DerivedQualifier.Exact ? DerivedQualifier.Exact : DerivedQualifier.Approximate);
}

using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Market;

/// <summary>Where the world total of a supplier table comes from.</summary>
public enum WorldBasis
{
    /// <summary>The importer's own figure for its imports from the world (Comtrade's partner 0).</summary>
    [JsonStringEnumMemberName("reported")] Reported,
    /// <summary>No such figure for the window: the partners held added up, a lower bound of the world.</summary>
    [JsonStringEnumMemberName("sum-of-partners")] SumOfPartners,
}

/// <summary>Where the market's average unit value comes from.</summary>
public enum MarketBasis
{
    /// <summary>The world figure's value over its own quantity.</summary>
    [JsonStringEnumMemberName("world")] World,
    /// <summary>The partners that report a quantity: their values over their quantities, added.</summary>
    [JsonStringEnumMemberName("partners-with-quantities")] PartnersWithQuantities,
}

/// <summary>The importer's imports from the world for the window, and how that number was reached.</summary>
/// <param name="Sum">The world figures added (reported), or none (a sum of partners).</param>
public sealed record WorldTotal(decimal ValueUsd, DerivedQualifier Qualifier, WorldBasis Basis, WindowSum? Sum, int Partners)
{
    public string Display => Money.Usd(ValueUsd, Qualifier);

    /// <summary>What the total is, in a sentence beside it.</summary>
    public string Words => Basis == WorldBasis.Reported
        ? SupplierWords.Texts["WorldReported", Language.Current]
        : SupplierWords.Texts.Plural("WorldSumOfPartners", Partners, Language.Current);
}

/// <summary>The supplier table's words (<c>Resources/Features/Market/SupplierTable.*.resx</c>).</summary>
internal static class SupplierWords
{
    public static readonly Texts Texts = new(typeof(SupplierTable));
}

/// <summary>The average price the importer paid all its suppliers: total value over total quantity (Trade Map's unit value of world imports).</summary>
/// <param name="Partners">Partners whose quantities are counted (<see cref="MarketBasis.PartnersWithQuantities"/>); 0 for the world figure.</param>
/// <param name="CoveredUsd">The value the average is over: the world's, or the partners' with quantities.</param>
public sealed record MarketPrice(UnitValue UnitValue, MarketBasis Basis, int Partners, decimal CoveredUsd)
{
    public string Words => Basis == MarketBasis.World
        ? SupplierWords.Texts["MarketWorld", Language.Current]
        : SupplierWords.Texts.Plural("MarketPartners", Partners, Language.Current, ("value", Money.Usd(CoveredUsd)));
}

/// <summary>
/// One partner among the importer's suppliers: its value for the window, its share of the world, its rank, and its
/// unit value against the market's.
/// </summary>
/// <param name="Rank">1 for the largest; partners of equal value share a rank.</param>
/// <param name="RankQualifier">Exact where nothing held or missing can change it; <see cref="DerivedQualifier.AtLeast"/> where partners outside the store could rank above (the rank number could be higher); approximate where bounds or approximate values are among the partners.</param>
/// <param name="AgainstMarketPercent">The partner's unit value as a percentage of the market's, where both are in the same unit.</param>
public sealed record SupplierLine(
    string Partner,
    WindowSum Sum,
    int Rank,
    DerivedQualifier RankQualifier,
    decimal? SharePercent,
    DerivedQualifier ShareQualifier,
    string? ShareNote,
    decimal? AgainstMarketPercent,
    DerivedQualifier AgainstMarketQualifier)
{
    public decimal ValueUsd => Sum.ValueUsd!.Value;

    public string Display => Money.Usd(Sum.ValueUsd, Sum.Qualifier);

    /// <summary><c>25%</c>, <c>0.92%</c>, <c>≤ 0.05%</c>: the share's two decimals (already rounded toward its bound), so that a small supplier is not 0%.</summary>
    public string ShareDisplay => SharePercent is { } p ? Money.Sign(ShareQualifier) + p.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" : SupplierWords.Texts["NoShare", Language.Current];

    /// <summary><c>3</c>; <c>3 or lower</c> where partners outside the store could rank above; <c>~3</c> where bounds blur the order.</summary>
    public string RankDisplay => RankQualifier switch
    {
        DerivedQualifier.Exact => $"{Rank}",
        DerivedQualifier.AtLeast => SupplierWords.Texts.Format("RankOrLower", Language.Current, ("rank", Rank)),
        _ => $"~{Rank}",
    };
}

/// <summary>
/// An importer's suppliers of one HS code for one window, as its own customs report them (docs/decisions/0064): the
/// figures of one reporter, importer, code and months only.
/// </summary>
/// <param name="Lines">Every partner with a value, largest first (rank, then partner code).</param>
/// <param name="World">Null where neither a world figure nor a partner is held.</param>
/// <param name="Notes">What a reader must know to read the table: a world figure missing for some months, partners adding up to more than the world.</param>
public sealed record SupplierTable(
    string Reporter,
    string Importer,
    string HsCode,
    PeriodWindow Window,
    WorldTotal? World,
    IReadOnlyList<SupplierLine> Lines,
    MarketPrice? Market,
    IReadOnlyList<string> Notes)
{
    /// <summary>The partner whose place the pages follow: Pakistan.</summary>
    public const string Focus = "PK";

    public SupplierLine? Line(string partner) => Lines.FirstOrDefault(l => l.Partner == partner);

    public SupplierLine? Pakistan => Line(Focus);

    /// <summary>What the partners held add up to.</summary>
    public decimal PartnersUsd => Lines.Sum(l => l.ValueUsd);

    /// <summary>The partners held as a share of a reported world figure: how much of the market the store holds.</summary>
    public decimal? CoveragePercent => World is { Basis: WorldBasis.Reported, ValueUsd: > 0 } w ? Math.Round(PartnersUsd / w.ValueUsd * 100m, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// Whether a rank and a share say anything: the world figure is held, or two partners at least (one partner alone
    /// is 100% of a sum of itself).
    /// </summary>
    public bool Comparable => World is { Basis: WorldBasis.Reported } || Lines.Count >= 2;

    /// <summary>The figures the table is made of: the world's and every partner's.</summary>
    public IEnumerable<Figure> Figures => (World?.Sum?.Figures ?? []).Concat(Lines.SelectMany(l => l.Sum.Figures));
}

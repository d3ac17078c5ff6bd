using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>
/// A part's share of a whole, both from the same reporter, flow and months: the part is a sum of figures with nothing
/// counted twice (<see cref="Comparisons.Sum"/>), the whole one figure.
/// </summary>
/// <param name="Parts">The figures added into the part: what a reader checks the share against.</param>
public sealed record Share(Figure Whole, decimal PartUsd, IReadOnlyList<Figure> Parts, decimal? Percent, DerivedQualifier Qualifier, string? Reason)
{
    public string Reporter => Whole.Reporter;
    public string PeriodLabel => Period.Label(Whole.PeriodStart, Whole.PeriodEnd, Whole.Reporter);

    /// <summary><c>12.3%</c>, <c>≥ 4.0%</c> where a lower bound is among the parts, <c>~ 5.0%</c>...</summary>
    public string Display => Percent is not { } p ? Shares.Words["NoShare", Languages.Language.Current] : Money.Sign(Qualifier) + p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>What the share says about its basis, in words: <c>CN-GACC's figures for PK → CN, 2025, on both sides</c>.</summary>
    public string Basis
    {
        get
        {
            var language = Languages.Language.Current;
            return Shares.Words.Format("Basis", language, ("reporter", Languages.Bidi.Ltr(Whole.Reporter, language)),
                ("flow", Languages.Bidi.Ltr($"{Whole.Exporter} → {Whole.Importer}", language)), ("period", PeriodLabel));
        }
    }
}

public static class Shares
{
    internal static readonly Languages.Texts Words = new(typeof(Shares));

    /// <summary>The same reporter, flow and months: the only figures a share may put over one another.</summary>
    public static bool SameBasis(Figure a, Figure b) =>
        a.Reporter == b.Reporter && a.Exporter == b.Exporter && a.Importer == b.Importer
        && a.PeriodStart == b.PeriodStart && a.PeriodEnd == b.PeriodEnd
        && Comparisons.UnstatedPublisher(a) == Comparisons.UnstatedPublisher(b);

    /// <summary>
    /// The share of <paramref name="whole"/> that the <paramref name="candidates"/> of the same basis make up; figures
    /// of another reporter, flow or months are left out, never mixed in. Null where none has a value, or the whole has
    /// none. An <c>unstated</c> reporter has no share: two such figures cannot be known to be the same statistics; nor
    /// has a whole that is not goods alone: goods are no share of goods and services (docs/decisions/0067).
    /// </summary>
    public static Share? Of(IEnumerable<Figure> candidates, Figure whole)
    {
        if (whole.ValueUsd is not { } total || whole.Reporter == Codes.Unstated || whole.Coverage != Coverage.Goods)
        {
            return null;
        }
        var sum = Comparisons.Sum(candidates.Where(f => f.Id != whole.Id && f.HsCode != whole.HsCode && SameBasis(f, whole)));
        if (sum.ValueUsd is not { } part)
        {
            return null;
        }
        var (qualifier, reason) = QualifierOf(sum.Qualifier, Comparisons.WithPart(DerivedQualifier.Exact, whole.Qualifier));
        decimal? percent = total > 0m ? Math.Round(part / total * 100m, 1, MidpointRounding.AwayFromZero) : null;
        return new Share(whole, part, sum.Components, percent, qualifier, reason);
    }

    /// <summary>
    /// How a share reads, from its part's and its whole's qualifiers (<see cref="Comparisons.Ratio"/>'s rule), in a
    /// share's words: the product pages' shares of all goods and the supplier tables' shares of the world.
    /// </summary>
    public static (DerivedQualifier Qualifier, string? Reason) QualifierOf(DerivedQualifier part, DerivedQualifier whole)
    {
        var (qualifier, reading) = Comparisons.Ratio(part, whole);
        return (qualifier, reading switch
        {
            RatioReading.Exact => null,
            RatioReading.Approximate => Words["ShareApproximate", Languages.Language.Current],
            RatioReading.FirstIsBound => Words["ShareAtLeast", Languages.Language.Current],
            RatioReading.SecondIsBound => Words["ShareAtMost", Languages.Language.Current],
            _ => Words["ShareIndicative", Languages.Language.Current],
        });
    }

    /// <summary>
    /// For each all-goods figure (one per reporter, flow and months, the preferred one), the mineral figures of the same
    /// basis as a share of it. The sum counts the mineral codes the store holds for that basis, which may not be all
    /// minerals: <see cref="Share.Parts"/> says which.
    /// </summary>
    public static List<Share> MineralsOfAllGoods(IReadOnlyCollection<Figure> figures)
    {
        var minerals = figures.Where(f => HsClassification.IsMineral(f.Category)).ToLookup(f => (f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd));
        return Comparisons.PreferredPerPeriod(figures.Where(f => f.HsCode == HsClassification.Total && f.ValueUsd is not null))
            .Select(total => Of(minerals[(total.Reporter, total.Exporter, total.Importer, total.PeriodStart, total.PeriodEnd)], total))
            .OfType<Share>()
            .OrderByDescending(s => s.Whole.PeriodEnd)
            .ThenBy(s => s.Whole.PeriodStart)
            .ThenBy(s => s.Reporter, StringComparer.Ordinal)
            .ToList();
    }
}

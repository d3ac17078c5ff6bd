using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>Synthetic figures for tests: the values are made up, the shapes are real.</summary>
internal static class Fig
{
    private static int s_nextId;

    public static Figure Make(
        string hs, string start, string end, decimal? value,
        Qualifier qualifier = Qualifier.Exact, string reporter = "CN-GACC", string publisher = "Test Publisher",
        SourceKind kind = SourceKind.Press, string exporter = "PK", string importer = "CN", DateOnly? sourceDate = null)
    {
        return new Figure
        {
            Id = Interlocked.Increment(ref s_nextId),
            Reporter = reporter,
            Exporter = exporter,
            Importer = importer,
            PeriodStart = Period.Parse(start),
            PeriodEnd = Period.Parse(end),
            HsCode = hs,
            Product = "product " + hs,
            Category = "",
            ValueUsd = value,
            Qualifier = value is null ? Qualifier.NamedWithoutValue : qualifier,
            SourcePublisher = publisher,
            SourceDate = sourceDate,
            SourceKind = kind,
        }.Classify();
    }
}

using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>What a chart's bars do not say by their heights: another reporter beside the others, a bound mostly exact (issue 18, point 11).</summary>
public class BarNotesTests
{
    private static TotalPoint Bar(string category, decimal value, string reporter = "CN-GACC", DerivedQualifier qualifier = DerivedQualifier.Exact,
        Listed? parts = null, string publisher = "")
    {
        var month = Period.Parse("2025-12");
        return new TotalPoint(category, HsClassification.CategoryOf(category).Name, Period.Parse("2025-01"), month, "2025", 2025, value, qualifier,
            Money.Usd(value, qualifier), reporter, publisher, publisher, parts ?? Listed.None, ["x"]);
    }

    [Fact]
    public void ABarOfAnotherReporter_IsNamedWithItsSource_AndTheOthersReporter()
    {
        var bars = new[] { Bar("copper", 1_140_000_000m), Bar("zinc", 110_900_000m), Bar("salt", 7_180_000m, Codes.Unstated, publisher: "Daily Dunya (NNI)") };

        var notes = BarNotes.For(bars);

        Assert.Equal("CN-GACC", BarNotes.MainReporter(bars));
        Assert.True(BarNotes.IsApart(bars[2], "CN-GACC"));
        Assert.False(BarNotes.IsApart(bars[0], "CN-GACC"));
        var note = Assert.Single(notes);
        Assert.Contains("Salt * from a source that does not say whose statistics (Daily Dunya (NNI))", note, StringComparison.Ordinal);
        Assert.Contains("the other bars from CN-GACC", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ALowerBoundOfSeveralParts_SaysWhichPartsAreExact_AWholeBoundSaysNothing()
    {
        var copper = Bar("copper", 1_151_000_000m, qualifier: DerivedQualifier.AtLeast, parts: new Listed(["74 $1.14 bn", "2603 ≥ $11 M"], 2));
        var iron = Bar("iron", 101_000_000m, qualifier: DerivedQualifier.AtLeast, parts: new Listed(["2601 ≥ $101 M"], 1));

        var note = Assert.Single(BarNotes.For([copper, iron]));

        Assert.StartsWith("Copper ≥ $1.15 bn adds 74 $1.14 bn; 2603 ≥ $11 M: a lower bound because of its parts marked ≥; a part without a sign is exact.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void BarsOfOneReporter_AllWhole_HaveNoNote() =>
        Assert.Empty(BarNotes.For([Bar("copper", 1m), Bar("zinc", 2m, qualifier: DerivedQualifier.AtLeast)]));
}

using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests;

/// <summary>
/// Issue 21: the overview weighs what it draws. The same periods and series over a store of 15 or of 300
/// subheadings under each heading give charts and lists of the same size: a total's components are counted, and
/// listed only to <see cref="Listed.Max"/>; Value added draws a bounded number of bars.
/// </summary>
public sealed class PageWeightTests
{
    /// <summary>Subheadings under an ore heading and a metal heading, both reporters, every month of two years and the years.</summary>
    private static List<Figure> Store(int subheadings)
    {
        var figures = new List<Figure>();
        foreach (var reporter in new[] { "CN-GACC", "PK-PBS" })
        {
            foreach (var heading in new[] { "2601", "7403" })
            {
                for (var s = 1; s <= subheadings; s++)
                {
                    var code = $"{heading}{s:0000}";
                    foreach (var year in new[] { 2024, 2025 })
                    {
                        figures.Add(Fig.Make(code, $"{year}-01", $"{year}-12", 12_000m + s, reporter: reporter));
                        for (var month = 1; month <= 12; month++)
                        {
                            figures.Add(Fig.Make(code, $"{year}-{month:00}", $"{year}-{month:00}", 1_000m + s, reporter: reporter));
                        }
                    }
                }
            }
        }
        return figures;
    }

    private static int[] Parts(OverviewModel model) =>
    [
        ChartJson.Serialize(OverviewCharts.ByCategory(model.ByCategory, false, HsNomenclature.Empty)).Length,
        TimeCharts.OverTime(model.ByYear, false, HsNomenclature.Empty).Sum(c => c.Options.Length + c.Description.Length + c.Legend.Sum(l => l.Name.Length)),
        ChartJson.Serialize(OverviewCharts.ValueAdded(model.ValueAdded.AllKnown)).Length,
        OverviewText.ValueAdded(model.ValueAdded, allKnown: true).Length,
        model.ValueAdded.AllKnown.Sum(p => p.Processed.Text.Length + p.Raw.Text.Length + p.Difference.Text.Length),
        model.ByYear.Sum(s => s.Name.Length * s.Points.Count),
    ];

    private static int Weight(OverviewModel model) =>
        ChartJson.Serialize(OverviewCharts.ByCategory(model.ByCategory, false, HsNomenclature.Empty)).Length
        + TimeCharts.OverTime(model.ByYear, false, HsNomenclature.Empty).Sum(c => c.Options.Length + c.Description.Length + c.Legend.Sum(l => l.Name.Length))
        + ChartJson.Serialize(OverviewCharts.ValueAdded(model.ValueAdded.SameProducts)).Length
        + ChartJson.Serialize(OverviewCharts.ValueAdded(model.ValueAdded.AllKnown)).Length
        + OverviewText.ValueAdded(model.ValueAdded, allKnown: true).Length
        + model.ByCategory.Sum(b => b.Components.Text.Length)
        + model.ValueAdded.AllKnown.Sum(p => p.Processed.Text.Length + p.Raw.Text.Length + p.Difference.Text.Length)
        + model.ByYear.Sum(s => s.Name.Length * s.Points.Count);

    [Fact]
    public void Overview_OfTwentyTimesTheSubheadings_WeighsTheSame()
    {
        var few = OverviewBuilder.Build(FigureFilter.All, Store(15), null);
        var many = OverviewBuilder.Build(FigureFilter.All, Store(300), null);

        // The same periods and series: only counts ("200 figures added") and sums may be longer by a digit or so.
        Assert.Equal(few.ByYear.Sum(s => s.Points.Count), many.ByYear.Sum(s => s.Points.Count));
        Assert.True(Weight(many) <= Weight(few) * 1.05, $"{Weight(few)} -> {Weight(many)}: " + string.Join(" | ", Parts(few).Zip(Parts(many), (a, b) => $"{a} -> {b}")));
        Assert.Equal(300, many.ByCategory[0].Components.Count);
        Assert.Equal(Listed.Max, many.ByCategory[0].Components.Items.Count);
    }

    [Fact]
    public void ValueAdded_DrawsAtMostItsBars_TheLatestPeriodsOfEachReporter_AndSaysWhatIsLeftOut()
    {
        var valueAdded = OverviewBuilder.Build(FigureFilter.All, Store(3), null).ValueAdded;

        // Full years first (two of each reporter), then each reporter's latest eight months of twenty-four.
        Assert.Equal(2 + 2 + 2 * OverviewBuilder.ValueAddedPeriods, valueAdded.AllKnown.Count);
        Assert.Equal(2, valueAdded.AllKnown.Count(p => p.Reporter == "PK-PBS" && p.Series.EndsWith("full years", StringComparison.Ordinal)));
        Assert.Equal(OverviewBuilder.ValueAddedPeriods, valueAdded.AllKnown.Count(p => p.Reporter == "CN-GACC" && !p.Series.EndsWith("full years", StringComparison.Ordinal)));
        Assert.Equal(202505, valueAdded.AllKnown.Where(p => p.Reporter == "CN-GACC" && !p.Series.EndsWith("full years", StringComparison.Ordinal)).Min(p => p.PeriodEnd));
        Assert.Equal(["CN-GACC, months: 16 earlier periods", "PK-PBS, months: 16 earlier periods"], valueAdded.LeftOut);
        Assert.Contains("not drawn: CN-GACC, months: 16 earlier periods", OverviewText.ValueAdded(valueAdded, allKnown: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "2606" }, "2606")]
    [InlineData(new[] { "76", "2606", "2606" }, "2606 + 76")]
    [InlineData(new[] { "260101", "260102", "260103", "740301", "740302" }, "2601: 3 codes + 7403: 2 codes")]
    [InlineData(new[] { "2601", "2602", "2603", "2604", "2605", "260601", "260602" }, "2601 + 2602 + 2603 + 4 more codes")]
    public void Basket_SpellsFewCodes_AndALongBasketByHeading(string[] codes, string name) =>
        Assert.Equal(name, OverviewText.Basket(codes));

    [Fact]
    public void Apart_MakesShortenedNamesThatCameOutTheSameApart_ByTheirFirstPeriod() =>
        Assert.Equal(["Iron ore: 2601: 87 codes", "Iron ore: 2601: 87 codes (from Feb 2025)", "Copper", "Iron ore: 2601: 87 codes (from Feb 2025, 2)"],
            OverviewText.Apart([("Iron ore: 2601: 87 codes", "Jan 2025"), ("Iron ore: 2601: 87 codes", "Feb 2025"), ("Copper", "Jan 2025"), ("Iron ore: 2601: 87 codes", "Feb 2025")]));

    [Fact]
    public void Apart_SkipsNamesAlreadyTaken_AndCountsOnForHundredsOfOneName()
    {
        Assert.Equal(["A", "A (from p)", "A (from p, 2)", "A (from q)"],
            OverviewText.Apart([("A", "p"), ("A (from p)", "q"), ("A", "p"), ("A", "q")]));
        var many = OverviewText.Apart([.. Enumerable.Repeat(("Iron ore: 2601: 87 codes", "Jan 2025"), 500)]);
        Assert.Equal(500, many.Distinct().Count());
        Assert.Equal("Iron ore: 2601: 87 codes (from Jan 2025, 499)", many[^1]);
    }

    [Fact]
    public void Listed_KeepsTheFirstItems_AndCountsTheRest()
    {
        var made = 0;
        var listed = Listed.Of(Enumerable.Range(1, 100), i => { made++; return $"code {i}"; });

        Assert.Equal(100, listed.Count);
        Assert.Equal(Listed.Max, made);
        Assert.EndsWith("code 6; and 94 more", listed.Text, StringComparison.Ordinal);
        Assert.Equal("a; b", Listed.Of(["a", "b"]).Text);
    }
}

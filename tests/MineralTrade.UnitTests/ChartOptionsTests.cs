using System.Text.Json;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>The chart options builders: what each series is, where each point goes, how a bound looks.</summary>
public class ChartOptionsTests
{
    private static TotalPoint Point(string category, string start, string end, decimal value, string reporter = "CN-GACC",
        DerivedQualifier qualifier = DerivedQualifier.Exact, string[]? codes = null, string sources = "Test Publisher")
    {
        int s = Period.Parse(start), e = Period.Parse(end);
        return new TotalPoint(category, HsClassification.CategoryOf(category).Name, s, e, Period.Label(s, e, reporter), Period.Year(e), value, qualifier,
            Money.Usd(value, qualifier), reporter, reporter == Codes.Unstated ? sources : "", sources, Listed.None, codes ?? ["2606"]);
    }

    // The chart draws each point under its own reporter and basket, whatever series the builder put it in.
    private static YearSeries Series(string category, string name, TotalPoint[] points) =>
        new(category, name, points[0].Reporter, points[0].Publisher, "full years", points[0].Codes, points);

    private static JsonElement Json(object options) => JsonDocument.Parse(ChartJson.Serialize(options)).RootElement;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0.5)]
    [InlineData(10, 1)]
    [InlineData(100, 2)]
    [InlineData(1000, 3)]
    [InlineData(-10, -1)]
    [InlineData(-100, -2)]
    [InlineData(4782.8, 3.6797)]
    public void Symlog_IsLinearWithinTenPercent_AndADecadePerStepBeyond(double percent, double plotted) =>
        Assert.Equal(plotted, OverviewCharts.Symlog((decimal)percent), 4);

    [Fact]
    public void Growth_AxisRunsOverWholeSteps_SoEveryTickIsADecade()
    {
        var options = Json(OverviewCharts.Growth([]));
        var axis = options.GetProperty("xaxis");
        Assert.Equal(0, axis.GetProperty("min").GetDouble());
        Assert.Equal(1, axis.GetProperty("max").GetDouble());
        Assert.Equal("symlogPercent", axis.GetProperty("labels").GetProperty("formatter").GetString());
    }

    [Fact]
    public void Wrap_BreaksAtWords_AndMarksWhatItLeavesOut()
    {
        Assert.Equal(["Copper ores and", "concentrates (2603)"], OverviewCharts.Wrap("Copper ores and concentrates (2603)", 20, 3));
        Assert.Equal(["Pearls, precious and", "semi-precious stones", "and precious metals…"], OverviewCharts.Wrap("Pearls, precious and semi-precious stones and precious metals (71)", 20, 3));
    }

    [Fact]
    public void BarFill_HatchesABound_DotsAnApproximateValue_LeavesAnExactOneSolid()
    {
        Assert.Null(ChartMarks.BarFill(DerivedQualifier.Exact));
        Assert.Contains("slantedLines", ChartJson.Serialize(ChartMarks.BarFill(DerivedQualifier.AtLeast)!), StringComparison.Ordinal);
        Assert.Contains("circles", ChartJson.Serialize(ChartMarks.BarFill(DerivedQualifier.Approximate)!), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_DrawsAPointThatIsNotExactHollow_AndMarksIt_AGapKeepsItsNullValue()
    {
        var bound = Json(ChartMarks.Line("2025", 1.15e9m, DerivedQualifier.AtLeast, "#1f6f8b", "≥ $1.15 bn", ["tip"]));
        Assert.Equal("#ffffff", bound.GetProperty("fillColor").GetString());
        Assert.Equal("#1f6f8b", bound.GetProperty("strokeColor").GetString());
        Assert.Equal("at_least", bound.GetProperty("mark").GetString());
        var exact = Json(ChartMarks.Line("2024", 1e9m, DerivedQualifier.Exact, "#1f6f8b", "$1 bn", ["tip"]));
        Assert.False(exact.TryGetProperty("fillColor", out _) || exact.TryGetProperty("mark", out _));
        Assert.Equal(JsonValueKind.Null, Json(ChartMarks.Gap("2023")).GetProperty("y").ValueKind);
        Assert.True(ChartMarks.AnyMarked(ChartJson.Serialize(new { data = new[] { bound } })));
        // Imported text that looks like the property stays text: the writer escapes its quotes.
        Assert.False(ChartMarks.AnyMarked(ChartJson.Serialize(new { tip = "\"mark\": x" })));
    }

    [Fact]
    public void ByCategory_ABoundBarHasAPatternFill_AnExactOneNone()
    {
        var options = Json(OverviewCharts.ByCategory(
            [Point("copper", "2025-01", "2025-12", 1_150_000_000, qualifier: DerivedQualifier.AtLeast), Point("zinc", "2025-01", "2025-12", 110_900_000)], false));
        var data = options.GetProperty("series")[0].GetProperty("data");
        Assert.Equal("pattern", data[0].GetProperty("fill").GetProperty("type").GetString());
        Assert.False(data[1].TryGetProperty("fill", out _));
    }

    [Fact]
    public void OverTime_BreaksSeriesByReporterAndBasket_OnAnAxisOfEveryYear()
    {
        var charts = TimeCharts.OverTime(
        [
            Series("aluminium", "Aluminium, full years",
            [
                Point("aluminium", "2021-01", "2021-12", 100_000, reporter: "unstated"),
                Point("aluminium", "2024-01", "2024-12", 290_000),
                Point("aluminium", "2025-01", "2025-12", 44_510_000, codes: ["2606", "76"]),
            ]),
        ], logarithmic: false);

        var chart = Assert.Single(charts);
        Assert.Equal(PeriodKind.Annual, chart.Kind);
        var options = Json(chart.Options);
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"],
            options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c[0].GetString()!));
        var series = options.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("data"));
        Assert.Equal(3, series.Count);
        var ores = series["Aluminium ore: 2606, CN-GACC, full years"];
        Assert.Equal([null, null, null, 290_000m, null], ores.EnumerateArray().Select(v => v.GetProperty("y") is { ValueKind: JsonValueKind.Number } y ? y.GetDecimal() : (decimal?)null));
        Assert.Contains("Aluminium: 2606 + 76, CN-GACC, full years", series.Keys);
        Assert.Contains("Aluminium ore: 2606, unstated (Test Publisher), full years", series.Keys);
        // Three series, three looks.
        Assert.Equal(3, chart.Legend.Select(l => (l.Color, l.Dash)).Distinct().Count());
    }

    [Fact]
    public void OverTime_ABoundPointHasAHollowMarker()
    {
        var chart = Assert.Single(TimeCharts.OverTime(
            [Series("copper", "Copper", [Point("copper", "2024-01", "2024-12", 1e9m), Point("copper", "2025-01", "2025-12", 1.15e9m, qualifier: DerivedQualifier.AtLeast)])],
            logarithmic: false));

        var data = Json(chart.Options).GetProperty("series")[0].GetProperty("data");
        Assert.False(data[0].TryGetProperty("fillColor", out _));
        Assert.Equal("#ffffff", data[1].GetProperty("fillColor").GetString());
        Assert.Equal("at_least", data[1].GetProperty("mark").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OverTime_ALinearAxisStartsAtZero_ALogAxisWhereItsValuesAre(bool logarithmic)
    {
        var chart = Assert.Single(TimeCharts.OverTime(
            [Series("all-goods", "All goods", [Point("all-goods", "2021-07", "2022-06", 2.04e9m, reporter: "PK-SBP"), Point("all-goods", "2022-07", "2023-06", 2.78e9m, reporter: "PK-SBP")])],
            logarithmic));

        var axis = Json(chart.Options).GetProperty("yaxis");
        Assert.Equal(logarithmic, axis.GetProperty("logarithmic").GetBoolean());
        Assert.Equal(logarithmic, !axis.TryGetProperty("min", out var min) || min.ValueKind == JsonValueKind.Null);
        if (!logarithmic)
        {
            Assert.Equal(0, min.GetDouble());
        }
    }

    [Fact]
    public void OverTime_StateBankQuarters_AreLabelledInTheFiscalYear()
    {
        var chart = Assert.Single(TimeCharts.OverTime(
            [Series("all-goods", "All goods", [Point("all-goods", "2024-07", "2024-09", 5e8m, reporter: "PK-SBP"), Point("all-goods", "2025-07", "2025-09", 5.6e8m, reporter: "PK-SBP")])],
            logarithmic: false));

        var categories = Json(chart.Options).GetProperty("xaxis").GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(5, categories.Count);
        Assert.Equal(["Q1 FY2025-26", "Jul–Sep 2025"], categories[^1].EnumerateArray().Select(l => l.GetString()!));
    }

    [Fact]
    public void Looks_OfTwentyFourSeries_AreAllDifferent() =>
        Assert.Equal(TimeCharts.MaxSeries, Enumerable.Range(0, TimeCharts.MaxSeries).Select(TimeCharts.Look).Select(l => (l.Color, l.Dash)).Distinct().Count());
}

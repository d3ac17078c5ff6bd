using System.Text.Json;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

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

    // One line as the builder gives it (YearLines): the chart draws it as it comes.
    private static YearSeries Series(string category, string name, TotalPoint[] points) =>
        new(category, name, points[0].Reporter, points[0].Publisher, "full years", points[0].Codes, points) { Kind = Period.KindOf(points[0].PeriodStart, points[0].PeriodEnd) };

    private static readonly JsonSerializerOptions s_web = new(JsonSerializerDefaults.Web);

    private static JsonElement Json(object options) => JsonDocument.Parse(ChartJson.Json(options as string ?? ChartJson.Serialize(options))).RootElement;

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
        Assert.False(ChartMarks.AnyMarked(ChartJson.Serialize(new { tip = "`mark`: x" })));
    }

    /// <summary>
    /// Options are sent with backticks for quotes (decision 0126: a quote in an HTML attribute costs six bytes). Text
    /// holding quotes, backticks and the hostile strings comes back exactly as JSON, and no quote is left to escape;
    /// Chinese and Urdu text is sent as itself.
    /// </summary>
    [Theory]
    [InlineData("plain")]
    [InlineData("a \"quoted\" `ticked` word")]
    [InlineData("``\"\"`")]
    [InlineData("<img src=x onerror=alert(1)>\u202E'; DROP TABLE Figures;--")]
    [InlineData("中国 · پاکستان → ≥ $1 bn")]
    public void Options_AreSentWithoutQuotes_AndReadBackAsTheSameJson(string text)
    {
        var options = new
        {
            chart = new { type = "bar" },
            series = new[] { new { name = text, data = new[] { new { x = text, y = 1.5m, tip = new[] { text, "" } }, new { x = "b", y = 2m, tip = new[] { text, "once" } } } } },
        };

        var sent = ChartJson.Serialize(options);

        // The line both points carry is sent once, each tip naming it by its index; a line of one point stays in place.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(sent, "`tip`:\\[0,"));
        Assert.Contains("`once`", sent, StringComparison.Ordinal);
        Assert.Contains($"`{ChartJson.TipLines}`:[", sent, StringComparison.Ordinal);

        Assert.DoesNotContain('"', sent);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(options, s_web)), System.Text.Json.Nodes.JsonNode.Parse(ChartJson.Json(sent))));
        // Every script is sent as itself, not escaped (\u4E2D is 6 bytes, 中 is 3); HTML's and the swap's characters are escaped.
        Assert.Equal(text.Contains('中'), sent.Contains("中国", StringComparison.Ordinal));
        Assert.DoesNotContain('<', sent);
        var series = Json(sent).GetProperty("series")[0];
        Assert.Equal(text, series.GetProperty("name").GetString());
        Assert.Equal(text, series.GetProperty("data")[0].GetProperty("tip")[0].GetString());
    }

    [Fact]
    public void ByCategory_ABoundBarHasAPatternFill_AnExactOneNone()
    {
        var options = Json(OverviewCharts.ByCategory(
            [Point("copper", "2025-01", "2025-12", 1_150_000_000, qualifier: DerivedQualifier.AtLeast), Point("zinc", "2025-01", "2025-12", 110_900_000)], false, HsNomenclature.Empty));
        var data = options.GetProperty("series")[0].GetProperty("data");
        Assert.Equal("pattern", data[0].GetProperty("fill").GetProperty("type").GetString());
        Assert.False(data[1].TryGetProperty("fill", out _));
    }

    [Fact]
    public void OverTime_BreaksLinesByReporter_AndGoesOnWhereTheBasketWidens_Marked()
    {
        var charts = TimeCharts.OverTime(OverviewBuilder.ByYear(
        [
            Fig.Make("2606", "2021-01", "2021-12", 100_000m, reporter: "unstated"),
            Fig.Make("2606", "2024-01", "2024-12", 290_000m),
            Fig.Make("2606", "2025-01", "2025-12", 14_160_000m), Fig.Make("76", "2025-01", "2025-12", 30_350_000m),
        ]), logarithmic: false, HsNomenclature.Empty);

        var chart = Assert.Single(charts);
        Assert.Equal(PeriodKind.Annual, chart.Kind);
        var options = Json(chart.Options);
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"],
            options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c[0].GetString()!));
        var series = options.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["Aluminium: 2606, + 76 from 2025, CN-GACC, full years", "Aluminium ore: 2606, Reporter not stated (Test Publisher), full years"],
            series.Select(s => s.GetProperty("name").GetString()!));
        // Aluminium ores alone in 2024, ores with chapter 76 in 2025: one line, its 2025 point saying what the sum adds.
        var aluminium = series[0].GetProperty("data").EnumerateArray().ToList();
        Assert.Equal([null, null, null, 290_000m, 44_510_000m], aluminium.Select(v => v.GetProperty("y") is { ValueKind: JsonValueKind.Number } y ? y.GetDecimal() : (decimal?)null));
        Assert.Equal("+ 76", aluminium[4].GetProperty("change").GetString());
        Assert.Contains("From 2025, the sum adds 76 too (before: 2606)", aluminium[4].GetProperty("tip").EnumerateArray().Select(l => l.GetString()));
        Assert.False(aluminium[3].TryGetProperty("change", out _));
        Assert.Equal([0], options.GetProperty("dataLabels").GetProperty("enabledOnSeries").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal("basketChange", options.GetProperty("dataLabels").GetProperty("formatter").GetString());
        Assert.Contains("From 2025, the sum adds 76 too", chart.Description, StringComparison.Ordinal);
        Assert.Equal(2, chart.Legend.Select(l => (l.Color, l.Dash)).Distinct().Count());
    }

    [Fact]
    public void ByYear_ANarrowerOrOtherBasket_IsALineOfItsOwn()
    {
        var series = OverviewBuilder.ByYear(
        [
            Fig.Make("2606", "2023-01", "2023-12", 1m), Fig.Make("76", "2023-01", "2023-12", 2m),
            Fig.Make("2606", "2024-01", "2024-12", 3m),
            Fig.Make("7601", "2025-01", "2025-12", 4m),
        ]);

        Assert.Equal(3, series.Count);
        Assert.All(series, s => Assert.Empty(s.Changes));
    }

    [Fact]
    public void ByYear_DrawsAtMostTwentyFourLinesAKind_TheLatest_AndCountsTheRest()
    {
        // Thirty baskets of one heading, one a year for each of two reporters: the latest 24 are drawn, six counted.
        var figures = Enumerable.Range(0, 30)
            .Select(i => Fig.Make($"2601{i:00}", $"{2011 + i / 2}-01", $"{2011 + i / 2}-12", 1_000m + i, reporter: i % 2 == 0 ? "CN-GACC" : "PK-PBS")).ToList();
        var model = OverviewBuilder.Build(FigureFilter.All, figures, null);

        Assert.Equal(TimeCharts.MaxSeries, model.ByYear.Count);
        Assert.All(model.ByYear, s => Assert.Equal(6, s.KindLeftOut));
        Assert.DoesNotContain(model.ByYear, s => s.Points.Any(p => p.Year < 2014));
        Assert.Equal(6, Assert.Single(TimeCharts.OverTime(model.ByYear, false, HsNomenclature.Empty)).SeriesLeftOut);
    }

    [Fact]
    public void ByYear_OnALongAxis_DrawsFewerLines_AtMostItsPoints_AndCountsTheRest()
    {
        // Seven ore headings (a category each) from each of two reporters, every year from 2005 to 2025 (21 points a
        // line, as at 1 M figures): five of the 14 lines fit in 120 points, the largest; the other 9 are counted.
        string[] headings = ["2601", "2602", "2603", "2606", "2607", "2608", "2610"];
        string[] reporters = ["CN-GACC", "PK-PBS"];
        var figures = headings.SelectMany((code, i) => reporters.SelectMany((reporter, r) => Enumerable.Range(2005, 21)
            .Select(year => Fig.Make(code, $"{year}-01", $"{year}-12", 1_000m + (10 * i) + r, reporter: reporter)))).ToList();
        var model = OverviewBuilder.Build(FigureFilter.All, figures, null);

        Assert.Equal(YearLines.MaxPoints / 21, model.ByYear.Count);
        Assert.All(model.ByYear, s => Assert.Equal(21, s.Points.Count));
        Assert.All(model.ByYear, s => Assert.Equal(14 - (YearLines.MaxPoints / 21), s.KindLeftOut));
        Assert.Equal(["2607 PK-PBS", "2608 CN-GACC", "2608 PK-PBS", "2610 CN-GACC", "2610 PK-PBS"],
            model.ByYear.Select(s => $"{s.Basket.Single()} {s.Reporter}").Order(StringComparer.Ordinal));
        Assert.Equal(9, Assert.Single(TimeCharts.OverTime(model.ByYear, false, HsNomenclature.Empty)).SeriesLeftOut);
    }

    [Fact]
    public void OverTime_ALogAxis_HasATickAtEachPowerOfTen()
    {
        var chart = Assert.Single(TimeCharts.OverTime(
            [Series("zinc", "Zinc", [Point("zinc", "2024-01", "2024-12", 2_340_000m), Point("zinc", "2025-01", "2025-12", 18_810_000m)])], logarithmic: true, HsNomenclature.Empty));

        Assert.True(Json(chart.Options).GetProperty("yaxis").GetProperty("forceNiceScale").GetBoolean());
    }

    [Fact]
    public void OverTime_ABoundPointHasAHollowMarker()
    {
        var chart = Assert.Single(TimeCharts.OverTime(
            [Series("copper", "Copper", [Point("copper", "2024-01", "2024-12", 1e9m), Point("copper", "2025-01", "2025-12", 1.15e9m, qualifier: DerivedQualifier.AtLeast)])],
            logarithmic: false, HsNomenclature.Empty));

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
            logarithmic, HsNomenclature.Empty));

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
            logarithmic: false, HsNomenclature.Empty));

        var categories = Json(chart.Options).GetProperty("xaxis").GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(5, categories.Count);
        Assert.Equal(["Q1 FY2025-26", "Jul–Sep 2025"], categories[^1].EnumerateArray().Select(l => l.GetString()!));
    }

    [Fact]
    public void Looks_OfTwentyFourSeries_AreAllDifferent() =>
        Assert.Equal(TimeCharts.MaxSeries, Enumerable.Range(0, TimeCharts.MaxSeries).Select(TimeCharts.Look).Select(l => (l.Color, l.Dash)).Distinct().Count());
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

public class FiguresApiTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private Task<List<FigureRow>> FiguresAsync(string query = "") => app.CreateClient().GetAllAsync<FigureRow>("/api/figures" + query, s_json);

    [Fact]
    public async Task Figures_EverySeededFigure_IsServedWithItsExactValueAndSource()
    {
        var seed = SeedFile.Rows();
        var served = await FiguresAsync();

        Assert.Equal(seed.Count, served.Count);
        foreach (var row in seed)
        {
            var match = Assert.Single(served, f =>
                f.Reporter == row["reporter"] && f.Exporter == row["exporter"] && f.Importer == row["importer"]
                && f.PeriodStart == row["period_start"] && f.PeriodEnd == row["period_end"] && f.HsCode == row["hs_code"]
                && f.SourcePublisher == row["source_publisher"] && f.SourceUrl == row["source_url"]);
            var expectedValue = row["value_usd"] is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : (decimal?)null;
            Assert.Equal(expectedValue, match.ValueUsd);
            Assert.Equal(row["qualifier"], match.QualifierName);
            Assert.Equal(row["product"], match.Product);
            Assert.Equal(row["source_date"], match.SourceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            Assert.Equal(row["note"], match.Note ?? "");
        }
    }

    [Fact]
    public async Task Figures_CategoryFilter_ReturnsOnlyThatCategory()
    {
        var copper = await FiguresAsync("?category=copper");

        Assert.All(copper, f => Assert.Equal("copper", f.Category));
        Assert.Contains(copper, f => f.HsCode == "74" && f.ValueUsd == 1_140_000_000m);
        Assert.Contains(copper, f => f.HsCode == "2603" && f.QualifierName == "at_least");
        Assert.DoesNotContain(copper, f => f.HsCode == "2608");
    }

    [Fact]
    public async Task Figures_SeveralCategories_ReturnsEach()
    {
        var figures = await FiguresAsync("?category=zinc&category=chromium");

        Assert.Equal(["chromium", "zinc"], figures.Select(f => f.Category).Distinct().Order());
    }

    [Fact]
    public async Task Figures_HsFilter_ReturnsOnlyThatCode()
    {
        var zinc = await FiguresAsync("?hs=2608");

        Assert.Equal(3, zinc.Count);
        Assert.All(zinc, f => Assert.Equal("2608", f.HsCode));
    }

    [Fact]
    public async Task Figures_ReporterFilter_IsCaseInsensitive()
    {
        var sbp = await FiguresAsync("?reporter=pk-sbp");

        Assert.NotEmpty(sbp);
        Assert.All(sbp, f => Assert.Equal("PK-SBP", f.Reporter));
    }

    [Fact]
    public async Task Figures_ExporterImporterFilter_ReturnsThatFlow()
    {
        var world = await FiguresAsync("?exporter=PK&importer=WORLD");

        Assert.NotEmpty(world);
        Assert.All(world, f => Assert.Equal("WORLD", f.Importer));
        Assert.Contains(world, f => f.HsCode == "2610" && f.ValueUsd == 95_000_000m);
    }

    [Fact]
    public async Task Figures_YearRange_KeepsPeriodsInsideIt()
    {
        var figures = await FiguresAsync("?from=2022&to=2023");

        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            Assert.True(string.CompareOrdinal(f.PeriodStart, "2022-01") >= 0, f.PeriodStart);
            Assert.True(string.CompareOrdinal(f.PeriodEnd, "2023-12") <= 0, f.PeriodEnd);
        });
    }

    [Theory]
    [InlineData("annual")]
    [InlineData("half-year")]
    [InlineData("month")]
    [InlineData("fiscal-year")]
    public async Task Figures_PeriodKind_ReturnsOnlyThatKind(string period)
    {
        var figures = await FiguresAsync("?period=" + period);

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(period, f.PeriodKind));
    }

    [Fact]
    public async Task Figures_PeriodAny_ReturnsEverything()
    {
        Assert.Equal((await FiguresAsync()).Count, (await FiguresAsync("?period=any")).Count);
    }

    [Theory]
    [InlineData("2606", "CN-GACC", "2025", 4782.8, "exact")]
    [InlineData("74", "CN-GACC", "H1 2025", -4.4, "exact")]
    [InlineData("7402", "CN-GACC", "H1 2025", 15.8, "exact")]
    [InlineData("2608", "CN-GACC", "H1 2025", -12.4, "exact")]
    [InlineData("2610", "unstated", "2023", 31.8, "exact")]
    [InlineData("TOTAL", "CN-GACC", "H1 2022", 11.0, "at_least")]
    public async Task Growth_PublishedComparisons_AreReproduced(string hs, string reporter, string period, decimal percent, string qualifier)
    {
        var response = await app.CreateClient().GetAsync($"/api/growth?hs={hs}&reporter={reporter}");
        var rates = (await response.Content.ReadFromJsonAsync<List<GrowthRateRow>>(s_json))!;

        var rate = Assert.Single(rates, r => r.PeriodLabel == period);
        Assert.Equal(percent, rate.GrowthPercent);
        Assert.Equal(qualifier, JsonSerializer.Serialize(rate.Qualifier, s_json).Trim('"'));
        Assert.Equal(qualifier != "exact", rate.Flagged);
    }

    [Fact]
    public async Task Growth_YearRange_StillFindsTheEarlierYear()
    {
        var rates = (await app.CreateClient().GetFromJsonAsync<List<GrowthRateRow>>("/api/growth?category=aluminium&from=2025", s_json))!;

        var rate = Assert.Single(rates);
        Assert.Equal("2024", rate.PreviousPeriodLabel);
    }

    [Fact]
    public async Task Totals_CopperChapterAndRefinedCopperInsideIt_AreNotAdded()
    {
        var totals = (await app.CreateClient().GetFromJsonAsync<List<CategoryTotalRow>>("/api/totals?category=copper&reporter=CN-GACC&period=half-year&from=2025&include=components", s_json))!;

        var total = Assert.Single(totals);
        Assert.Equal(482_410_000m, total.ValueUsd);
        Assert.Equal("74", Assert.Single(total.Components!).HsCode);
    }

    [Fact]
    public async Task Totals_WithoutInclude_CountTheirComponentsAndListThemOnlyOnRequest()
    {
        var client = app.CreateClient();
        var counted = (await client.GetFromJsonAsync<List<CategoryTotalRow>>("/api/totals?limit=1000", s_json))!;
        var listed = (await client.GetFromJsonAsync<List<CategoryTotalRow>>("/api/totals?limit=1000&include=components", s_json))!;

        Assert.All(counted, t => Assert.Null(t.Components));
        Assert.Equal(listed.Select(t => t.Components!.Count), counted.Select(t => t.ComponentCount));
        Assert.Contains(listed, t => t.ComponentCount > 1);
    }

    [Fact]
    public async Task Categories_ListEveryCategoryWithCodesAndStages()
    {
        var categories = (await app.CreateClient().GetFromJsonAsync<List<CategoryInfo>>("/api/categories", s_json))!;

        var copper = Assert.Single(categories, c => c.Id == "copper");
        Assert.Contains(copper.HsCodes, h => h.Code == "2603" && h.Stage == Stage.Ore);
        Assert.Contains(copper.HsCodes, h => h.Code == "7403" && h.Stage == Stage.Metal);
        Assert.Contains(categories, c => c.Id == "all-goods");
    }
}

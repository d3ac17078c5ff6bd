using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.IntegrationTests;

/// <summary>The seeded store with <c>tests/data/comtrade-both-sides.csv</c> imported (made-up values): China's and Pakistan's sides of a few codes.</summary>
public sealed class MirrorStore : IAsyncLifetime
{
    public const string BothSides = "comtrade-both-sides.csv";

    public ImportApp App { get; } = new();

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "data", "tests", file);

    public async Task InitializeAsync()
    {
        var response = await App.PostAsync(await File.ReadAllBytesAsync(PathOf(BothSides)), $"?fileName={BothSides}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public class MirrorApiTests(MirrorStore store) : IClassFixture<MirrorStore>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private async Task<MirrorAnswer> GetAsync(string query) => (await GetWithLinkAsync(query)).Answer;

    private async Task<(MirrorAnswer Answer, string? Link)> GetWithLinkAsync(string query)
    {
        var response = await store.App.CreateClient().GetAsync("/api/mirror" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
        return ((await response.Content.ReadFromJsonAsync<MirrorAnswer>(s_json))!, link?[1..link.IndexOf('>', StringComparison.Ordinal)]);
    }

    // The seed's totals of two reporters for the same months do not count the same thing (goods against goods and
    // services, or not said): CoverageTests holds that they are not paired.

    [Fact]
    public async Task ComtradeFile_BothSides_FillTheComparisons_WithQuantitiesAndUnitValues()
    {
        var answer = await GetAsync("?hs=2603&hs=2608&hs=740311&hs=2610");

        Assert.Equal(5, answer.Total);
        Assert.Equal(["2603", "2603", "2608", "2610", "740311"], answer.Pairs.Select(p => p.HsCode));
        var ores2024 = Assert.Single(answer.Pairs, p => p.HsCode == "2603" && p.PeriodStart == "2024-01");
        Assert.Equal(("CN-GACC", "PK-PBS", "mirror"), (ores2024.FirstReporter, ores2024.SecondReporter, ores2024.Kind));
        Assert.Equal((14_000_000m, 13_100_000m, 900_000m), (ores2024.FirstValueUsd, ores2024.SecondValueUsd, ores2024.GapUsd));
        Assert.Equal((5_200_000m, "kg", 2_692.31m, "t", "exact"),
            (ores2024.FirstQuantity, ores2024.FirstQuantityUnit, ores2024.FirstUnitValueUsd, ores2024.FirstUnitValuePer, ores2024.FirstUnitValueQualifier));
        Assert.Equal("UN Comtrade+", ores2024.SecondSourcePublisher);
        var month = Assert.Single(answer.Pairs, p => p.HsCode == "2610");
        Assert.Equal(("2024-03", "2024-03", "month"), (month.PeriodStart, month.PeriodEnd, month.PeriodKind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?hs=2603&exporter=PK&importer=CN")]
    [InlineData("?category=copper")]
    [InlineData("?reporter=CN-GACC&reporter=PK-PBS&from=2022")]
    public async Task Csv_Rows_EqualJsonRows_OfEveryPage(string query)
    {
        var client = store.App.CreateClient();
        var json = new List<MirrorRow>();
        var separator = query.Length == 0 ? "?" : "&";
        for (var (next, pages) = ($"{query}{separator}limit=2", 1); ; pages++)
        {
            Assert.True(pages < 1000, "The Link header does not move on.");
            var (answer, link) = await GetWithLinkAsync(next);
            json.AddRange(answer.Pairs);
            if (answer.Next is null)
            {
                Assert.Null(link);
                break;
            }
            Assert.NotNull(link);
            next = link[link.IndexOf('?', StringComparison.Ordinal)..];
        }

        var response = await client.GetAsync("/api/mirror.csv" + query);
        var csv = CsvReader.Create(await response.Content.ReadAsStreamAsync(), SiteCsv<MirrorRow>.ReaderOptions).GetRecords<MirrorRow>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(json);
        Assert.Equal(JsonSerializer.Serialize(json, s_json), JsonSerializer.Serialize(csv, s_json));
    }

    [Fact]
    public async Task Paging_SaysHowManyThereAre_AndCursorsCoverEachComparisonOnce()
    {
        var all = await GetAsync("?limit=1000");
        var comparisons = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var answer = await GetAsync($"?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.Equal(all.Total, answer.Total);
            Assert.Equal(3, answer.Limit);
            comparisons.AddRange(answer.Pairs.Select(p => $"{p.HsCode} {p.Exporter}>{p.Importer} {p.PeriodStart}-{p.PeriodEnd}").Distinct());
            cursor = answer.Next;
            pages++;
            Assert.True(pages <= all.Total, "The cursor does not move on.");
        }
        while (cursor is not null);

        Assert.Equal(1000, all.MaxLimit);
        Assert.Null(all.Next);
        Assert.Equal(all.Total, comparisons.Count);
        Assert.Equal(comparisons.Count, comparisons.Distinct().Count());
        Assert.Equal((all.Total + 2) / 3, pages);
        Assert.Equal(all.Pairs.Select(p => $"{p.HsCode} {p.Exporter}>{p.Importer} {p.PeriodStart}-{p.PeriodEnd}").Distinct(), comparisons);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=abc", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?cursor=abc", "cursor")]
    [InlineData("?cursor=WyJ4Il0", "cursor")]
    [InlineData("?page=2", "page")]
    [InlineData("?pageSize=10", "pageSize")]
    [InlineData("?hs=<img src=x onerror=alert(1)>", "hs")]
    public async Task BadQuery_IsAProblemNamingTheParameter(string query, string parameter)
    {
        var response = await store.App.CreateClient().GetAsync("/api/mirror" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), parameter);
    }

    [Fact]
    public async Task Csv_BadQuery_IsAProblemToo()
    {
        var response = await store.App.CreateClient().GetAsync("/api/mirror.csv?period=weekly");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

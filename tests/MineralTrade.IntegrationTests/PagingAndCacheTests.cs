using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MineralTrade.Tests;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

/// <summary>The lists page by keyset with a Link to the next page (docs/decisions/0094), and cached answers follow the data version (0095).</summary>
public class PagingAndCacheTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Theory]
    [InlineData("/api/figures")]
    [InlineData("/api/figures?category=copper&category=zinc")]
    [InlineData("/api/growth")]
    [InlineData("/api/totals")]
    [InlineData("/api/totals?hs=74&hs=7403&hs=TOTAL")]
    public async Task Pages_FollowedByTheirLinks_AreTheWholeListInOrder(string url)
    {
        var client = app.CreateClient();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var whole = (await client.GetFromJsonAsync<List<JsonElement>>($"{url}{separator}limit=1000", s_json))!;
        var pages = await client.GetAllAsync<JsonElement>($"{url}{separator}limit=7", s_json);

        Assert.True(pages.Count > 7, "the list should take several pages");
        Assert.Equal(JsonSerializer.Serialize(whole, s_json), JsonSerializer.Serialize(pages, s_json));
    }

    [Fact]
    public async Task DefaultPage_IsAHundredRows_AndTheLastPageHasNoLink()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/api/figures");
        var next = Pages.NextLink(first);
        var second = await client.GetAsync(next);

        Assert.Equal(FigureService.DefaultLimit, (await first.Content.ReadFromJsonAsync<List<JsonElement>>())!.Count);
        Assert.StartsWith("/api/figures?", next, StringComparison.Ordinal);
        Assert.Equal(SeedFile.Rows().Count - FigureService.DefaultLimit, (await second.Content.ReadFromJsonAsync<List<JsonElement>>())!.Count);
        Assert.Null(Pages.NextLink(second));
    }

    [Theory]
    [InlineData("/api/figures?limit=0", "limit")]
    [InlineData("/api/figures?limit=1001", "limit")]
    [InlineData("/api/growth?limit=ten", "limit")]
    [InlineData("/api/figures?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/totals?cursor=WzFd", "cursor")]
    [InlineData("/api/totals?include=figures", "include")]
    [InlineData("/api/growth?cursor=WzIsMCwwLDEwMCwxXQ", "cursor")]
    public async Task BadPaging_Is400NamingTheParameter(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"the problem should name {parameter}");
    }

    [Fact]
    public async Task CachedAnswer_AfterAnImport_IsReadAfresh()
    {
        await using var importing = new ImportApp();
        var client = importing.CreateClient();
        const string url = "/api/figures?reporter=PK-PBS&hs=2603";
        var before = await client.GetStringAsync(url);
        Assert.Equal(before, await client.GetStringAsync(url));

        var response = await importing.PostAsync(ComtradeFile.Bytes([
            ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2024", cmd: "2603", value: "1500"),
        ]), "?fileName=one-row.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await client.GetFromJsonAsync<List<FigureRow>>(url, s_json);
        Assert.Contains(after!, f => f.SourcePublisher == "UN Comtrade+" && f.ValueUsd == 1500m);
    }
}

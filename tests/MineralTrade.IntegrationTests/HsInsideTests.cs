using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

/// <summary><c>hs=74*</c>: a code and every code inside it, over the seeded store.</summary>
public class HsInsideTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    // Every page: /api/figures answers a hundred rows at a time (docs/decisions/0094).
    private Task<List<FigureRow>> FiguresAsync(string query) => app.CreateClient().GetAllAsync<FigureRow>("/api/figures" + query, s_json);

    [Fact]
    public async Task Star_HoldsTheCodeAndEveryCodeInside_AndNothingElse()
    {
        var all = await FiguresAsync("");
        var chapter = await FiguresAsync("?hs=74*");

        var expected = all.Where(f => f.HsCode == "74" || f.HsCode.StartsWith("74", StringComparison.Ordinal)).Select(f => f.Id).Order();
        Assert.Equal(expected, chapter.Select(f => f.Id).Order());
        Assert.Equal(["74", "7402", "7403", "7404"], chapter.Select(f => f.HsCode).Distinct().Order(StringComparer.Ordinal));
        Assert.All(await FiguresAsync("?hs=74"), f => Assert.Equal("74", f.HsCode));
    }

    [Fact]
    public async Task Star_MixesWithExactCodes_AndTheCsvNamesIt()
    {
        var mixed = await FiguresAsync("?hs=26*&hs=74");
        var response = await app.CreateClient().GetAsync("/api/figures.csv?hs=26*&hs=74");

        Assert.Contains(mixed, f => f.HsCode == "2603");
        Assert.Contains(mixed, f => f.HsCode == "74");
        Assert.DoesNotContain(mixed, f => f.HsCode == "7403");
        Assert.Equal("mineraltrade-figures_hs74_hs26-and-inside.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("?hs=TOTAL*")]
    [InlineData("?hs=*")]
    [InlineData("?hs=74**")]
    [InlineData("?hs=7*4")]
    public async Task Star_Misused_IsAProblemNamingHs(string query)
    {
        var response = await app.CreateClient().GetAsync("/api/figures" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"hs\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

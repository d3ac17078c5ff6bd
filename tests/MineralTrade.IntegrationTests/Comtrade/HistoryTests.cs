using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>A revision shows in <c>/api/figures/{id}/history</c> (issue 22 item 5).</summary>
public sealed class HistoryTests
{
    private static readonly DateTime s_rerelease = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task RevisedFigure_HistoryListsTheEarlierValue()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var figure = await h.App.QueryAsync(db => db.Figures.AsNoTracking().SingleAsync(f => f.Reporter == "CN-GACC" && f.HsCode == "26" && f.PeriodStart == 202602));
        h.StandIn.Book.Publish("M", 156, 202602, s_rerelease, [(("M", 586, "26"), 12_100_000m)]);
        await h.FetchAsync();
        var client = h.App.CreateClient();

        using var history = JsonDocument.Parse(await client.GetStringAsync($"/api/figures/{figure.Id}/history"));

        var root = history.RootElement;
        Assert.False(root.GetProperty("withdrawn").GetBoolean());
        Assert.Equal(12_100_000m, root.GetProperty("current").GetProperty("valueUsd").GetDecimal());
        Assert.Equal("2026-11-20", root.GetProperty("current").GetProperty("released").GetString());
        var earlier = Assert.Single(root.GetProperty("vintages").EnumerateArray());
        Assert.Equal(figure.ValueUsd, earlier.GetProperty("value").GetProperty("valueUsd").GetDecimal());
        Assert.Equal("exact", earlier.GetProperty("value").GetProperty("qualifier").GetString());
        Assert.Equal("2026-04-05", earlier.GetProperty("value").GetProperty("released").GetString());
        Assert.Equal(ComtradeApi.Publisher, earlier.GetProperty("value").GetProperty("sourcePublisher").GetString());
        Assert.True(earlier.GetProperty("value").GetProperty("retrieved").GetDateTime() <= earlier.GetProperty("replaced").GetDateTime());
    }

    [Fact]
    public async Task WithdrawnFigure_HistorySaysSo()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var figure = await h.App.QueryAsync(db => db.Figures.AsNoTracking().SingleAsync(f => f.Reporter == "CN-GACC" && f.HsCode == "74" && f.PeriodStart == 202603));
        h.StandIn.Book.Publish("M", 156, 202603, s_rerelease, [(("M", 586, "74"), null)]);
        await h.FetchAsync();

        using var history = JsonDocument.Parse(await h.App.CreateClient().GetStringAsync($"/api/figures/{figure.Id}/history"));

        Assert.True(history.RootElement.GetProperty("withdrawn").GetBoolean());
        Assert.Equal(JsonValueKind.Null, history.RootElement.GetProperty("current").ValueKind);
        Assert.True(Assert.Single(history.RootElement.GetProperty("vintages").EnumerateArray()).GetProperty("withdrawn").GetBoolean());
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "id")]
    [InlineData("-3", HttpStatusCode.BadRequest, "id")]
    [InlineData("99999999", HttpStatusCode.NotFound, "never held figure 99999999")]
    public async Task History_OfABadOrUnknownId_IsAProblem(string id, HttpStatusCode status, string says)
    {
        await using var app = new MineralTradeApp();

        var response = await app.CreateClient().GetAsync($"/api/figures/{id}/history");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_OfASeedFigure_IsItsCurrentValueAlone()
    {
        await using var app = new MineralTradeApp();
        using var figures = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/figures?limit=1"));
        var id = figures.RootElement[0].GetProperty("id").GetInt32();

        using var history = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/figures/{id}/history"));

        Assert.Empty(history.RootElement.GetProperty("vintages").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, history.RootElement.GetProperty("current").ValueKind);
    }
}

using System.Net;
using System.Text.Json;

namespace MineralTrade.IntegrationTests;

public class BadInputTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in new[] { "/api/figures", "/api/growth", "/api/totals", "/api/figures.csv" })
        {
            data.Add(endpoint, "?category=gold", "category");
            data.Add(endpoint, "?category=copper&category=unobtainium", "category");
            data.Add(endpoint, "?from=abc", "from");
            data.Add(endpoint, "?to=99999999999999999999", "to");
            data.Add(endpoint, "?from=2025&to=2020", "from");
            data.Add(endpoint, "?period=weekly", "period");
            data.Add(endpoint, "?hs=copper", "hs");
            data.Add(endpoint, "?exporter=Pakistan", "exporter");
            data.Add(endpoint, "?reporter=%3Cscript%3E", "reporter");
            data.Add(endpoint, "?from=2020&from=2021", "from");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadQuery_Gets400ProblemJsonNamingTheParameter(string endpoint, string query, string parameter)
    {
        var response = await app.CreateClient().GetAsync(endpoint + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString();
        Assert.Contains(parameter, message);
    }

    [Theory]
    [InlineData("/api/figures?category=")]
    [InlineData("/api/figures?unknown=1")]
    [InlineData("/api/figures?category=%FF%FE")]
    [InlineData("/api/figures?hs=00000000000000000000000000000")]
    public async Task OddQuery_NeverGets500(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url}: {response.StatusCode}");
    }
}

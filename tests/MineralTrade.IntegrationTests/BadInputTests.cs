using System.Net;
using System.Text.Json;

namespace MineralTrade.IntegrationTests;

public class BadInputTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var endpoint in new[] { "/api/figures", "/api/growth", "/api/totals", "/api/figures.csv", "/api/charts/growth.csv" })
        {
            data.Add(endpoint, "?category=gold", "category", "'gold'");
            data.Add(endpoint, "?category=copper&category=unobtainium", "category", "'unobtainium'");
            data.Add(endpoint, "?from=abc", "from", "'abc'");
            data.Add(endpoint, "?to=99999999999999999999", "to", "'99999999999999999999'");
            data.Add(endpoint, "?from=2025&to=2020", "from", "2025 is after to=2020");
            data.Add(endpoint, "?period=weekly", "period", "'weekly'");
            data.Add(endpoint, "?hs=copper", "hs", "'copper'");
            data.Add(endpoint, "?exporter=Pakistan", "exporter", "'Pakistan'");
            data.Add(endpoint, "?reporter=%3Cscript%3E", "reporter", "'<script>'");
            data.Add(endpoint, "?from=2020&from=2021", "from", "given 2: '2020', '2021'");
            data.Add(endpoint, "?to=2021&to=2022&to=2021", "to", "given 2: '2021', '2022'");
        }
        return data;
    }

    /// <summary>The problem names the bad parameter, and only it, in its errors and its detail; the message quotes what was wrong and says what is allowed.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadQuery_Gets400ProblemJsonNamingTheParameter(string endpoint, string query, string parameter, string quoted)
    {
        var response = await app.CreateClient().GetAsync(endpoint + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal($"Check the query parameters: {parameter}.", problem.RootElement.GetProperty("detail").GetString());
        var message = Assert.Single(errors.GetProperty(parameter).EnumerateArray()).GetString()!;
        Assert.StartsWith($"{parameter}: ", message, StringComparison.Ordinal);
        var reason = message[(parameter.Length + 2)..];
        Assert.Contains(quoted, reason, StringComparison.Ordinal);
        Assert.Contains("Allowed: ", reason, StringComparison.Ordinal);
    }

    /// <summary>A one-value parameter given twice with the same value is that value, as the pages read it: the same rows.</summary>
    [Theory]
    [InlineData("/api/figures", "to=2021", "to=2021&to=2021")]
    [InlineData("/api/totals", "period=annual&exporter=PK", "period=annual&exporter=PK&period=annual&exporter=pk")]
    [InlineData("/api/figures.csv", "from=2023", "from=2023&from=2023")]
    public async Task RepeatedSameValue_IsThatValue(string endpoint, string once, string repeated)
    {
        var client = app.CreateClient();
        var expected = await client.GetAsync($"{endpoint}?{once}");
        var actual = await client.GetAsync($"{endpoint}?{repeated}");

        Assert.Equal(HttpStatusCode.OK, expected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.Equal(await expected.Content.ReadAsStringAsync(), await actual.Content.ReadAsStringAsync());
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

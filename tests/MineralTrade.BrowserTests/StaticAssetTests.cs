namespace MineralTrade.BrowserTests;

/// <summary>The chart's files as the test host serves them: the build's copy of ApexCharts, the collocated module and the modules it imports.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticAssetTests(DashboardServer server)
{
    [Theory]
    [InlineData("/lib/apexcharts/apexcharts.esm.js", "ApexCharts v5.0.0")]
    [InlineData("/Components/Charts/ApexChart.razor.js", "export async function create")]
    [InlineData("/charts/formats.js", "export function resolveNamed")]
    [InlineData("/charts/escaping.js", "export function escapeHtmlSinks")]
    [InlineData("/charts/export.js", "export function listenForDownloads")]
    public async Task ChartFiles_AreServed(string path, string expected)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// ApexCharts (126 KB, what the first chart waits for) is requested by the page's head with the page, not after the
    /// chart module has arrived and been parsed; and only once: the preload's URL and integrity are those the module's
    /// import resolves to (issue 21's first chart).
    /// </summary>
    [Fact]
    public async Task ApexCharts_IsRequestedOnce_ByThePagesHead()
    {
        var (page, errors) = await server.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/lib/apexcharts/", StringComparison.Ordinal))
            {
                lock (requests) requests.Add(request.Url);
            }
        };

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("svg.apexcharts-svg");

        Assert.Single(requests);
        // Requested no later than the chart module that imports it (without the preload: only once that module is in).
        var started = await page.EvaluateAsync<double[]>("""
            () => ['/lib/apexcharts/', '/Components/Charts/ApexChart.']
                .map(path => performance.getEntriesByType('resource').find(r => r.name.includes(path)).startTime)
            """);
        Assert.True(started[0] <= started[1], $"ApexCharts requested at {started[0]} ms, the chart module at {started[1]} ms");
        Assert.Empty(errors);
    }
}

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
}

using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Every page under the Content-Security-Policy the server sends: Chromium reports no violation (the page listens for
/// securitypolicyviolation, and the console stays free of errors), the charts draw, their tooltips show and the PNG
/// download works (it draws through a data: image).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(DashboardServer server)
{
    private const string ListenForViolations = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    /// <summary>Every page the application routes to without a parameter (new pages are covered as they come), and filtered views.</summary>
    private List<string> Pages() =>
    [
        .. server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(path => path is not ("/Error" or "/not-found"))
            .Distinct()
            .Order(StringComparer.Ordinal),
        "/?category=zinc&category=copper&period=annual&from=2020",
        "/figures?category=copper",
        "/products/74",
        "/products/2603",
        "/products/TOTAL",
    ];

    [Fact]
    public async Task EveryPage_UnderThePolicy_HasNoViolation_AndDrawsItsCharts()
    {
        var pages = Pages();
        Assert.Contains("/", pages);
        Assert.Contains("/figures", pages);
        Assert.Contains("/about", pages);

        foreach (var path in pages)
        {
            var (page, errors) = await server.NewPageAsync();
            await page.AddInitScriptAsync(ListenForViolations);
            var response = await page.GotoAsync(path);

            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
            // Panels with no data say so in words and draw nothing.
            var charts = await page.Locator("[data-chart]:has(.apex-chart)").EvaluateAllAsync<string[]>("charts => charts.map(c => c.dataset.chart)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (charts.Length > 0)
            {
                await Charts.WaitForAsync(page, errors, charts);
                await ShowTooltipAsync(page, charts[0]);
                await DownloadPngAsync(page, charts[0]);
            }

            var violations = await page.EvaluateAsync<string[]>("() => window.cspViolations");
            Assert.True(violations.Length == 0, $"{path}: {string.Join(Environment.NewLine, violations)}");
            Assert.True(errors.Count == 0, $"{path}: {string.Join(Environment.NewLine, errors)}");
            await page.Context.CloseAsync();
        }
    }

    private static async Task ShowTooltipAsync(IPage page, string chart)
    {
        // A drawn point: ApexCharts also keeps zero-size hover markers at the axis origin, outside .apexcharts-series-markers.
        await page.Locator($"[data-chart='{chart}'] .apexcharts-bar-area, [data-chart='{chart}'] .apexcharts-series-markers .apexcharts-marker").First.HoverAsync(new() { Force = true });
        await page.Locator($"[data-chart='{chart}'] .apexcharts-tooltip.apexcharts-active").WaitForAsync();
    }

    private static async Task DownloadPngAsync(IPage page, string chart)
    {
        // The chart's own PNG button (decision 0104): the picture is composed in the page, under the policy.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-chart='{chart}'] button[data-export='png']").First.ClickAsync());
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
    }
}

using System.Globalization;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OverviewTests(DashboardServer server)
{
    private static async Task<int> CategoryBarsAsync(IPage page) => await page.Locator("[data-chart='by-category'] .apexcharts-bar-area").CountAsync();

    private static async Task<IReadOnlyList<string>> CategoryRowsAsync(IPage page) =>
        await page.Locator("[data-chart='by-category'] details.data-table tbody th").AllTextContentsAsync();

    /// <summary>A desktop-sized page at <paramref name="path"/>, once the given charts (all by default) are drawn.</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, params string[] charts)
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(path);
        await Charts.WaitForAsync(page, errors, charts);
        return (page, errors);
    }

    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    [Fact]
    public async Task Overview_DrawsEveryChart_OneBarPerCategoryWithAValue()
    {
        var (page, errors) = await OpenAsync("/");
        var categories = await CategoryRowsAsync(page);
        Assert.True(categories.Count > 1, $"expected several categories with a value, found {categories.Count}");
        Assert.Equal(categories.Count, await CategoryBarsAsync(page));
        Assert.True(await page.Locator("[data-chart='growth'] .apexcharts-bar-area").CountAsync() > 0);
        Assert.True(await page.Locator("[data-chart='by-year'] .apexcharts-series").CountAsync() > 1);
        // Every chart has its own downloads (PNG and SVG with their context, the view's CSV); ApexCharts' menu is gone.
        foreach (var chart in Charts.All)
        {
            Assert.True(await page.Locator($"[data-chart='{chart}'] button[data-export='png']").CountAsync() > 0, chart);
        }
        Assert.Equal(0, await page.Locator(".apexcharts-menu-icon").CountAsync());
        await Screenshots.SaveAsync(page, "overview-desktop.png", height: 2300);
        NoErrors(errors);
    }

    [Fact]
    public async Task ChoosingACategory_ChangesTheUrlAndTheCharts_AndBackRestoresThem()
    {
        var (page, errors) = await OpenAsync("/");
        var before = await CategoryBarsAsync(page);

        await page.GetByRole(AriaRole.Group, new() { Name = "Mineral category" }).GetByLabel("Zinc").CheckAsync();
        await UrlAsync(page, "category=zinc");
        await Expect(() => CategoryBarsAsync(page), 1);
        Assert.Equal(["Zinc ore"], await CategoryRowsAsync(page));
        var series = await page.Locator("[data-chart='by-year'] details.data-table tbody th").AllTextContentsAsync();
        Assert.NotEmpty(series);
        Assert.All(series, s => Assert.StartsWith("Zinc", s, StringComparison.Ordinal));

        // The router navigates inside the page (history.pushState): no load event to wait for.
        await page.EvaluateAsync("() => history.back()");
        await page.WaitForFunctionAsync("() => !location.search.includes('category=')");
        await Expect(() => CategoryBarsAsync(page), before);

        await page.EvaluateAsync("() => history.forward()");
        await UrlAsync(page, "category=zinc");
        await Expect(() => CategoryBarsAsync(page), 1);
        NoErrors(errors);
    }

    [Fact]
    public async Task Tooltip_NamesTheReporterAndSource_OfThePoint()
    {
        var (page, errors) = await OpenAsync("/?category=zinc&period=annual", "by-category");

        await page.Locator("[data-chart='by-category'] .apexcharts-bar-area").First.HoverAsync();

        var tooltip = page.Locator("[data-chart='by-category'] .apexcharts-tooltip .chart-tip");
        await tooltip.WaitForAsync();
        var text = await tooltip.TextContentAsync();
        Assert.Contains("Reporter: ", text, StringComparison.Ordinal);
        Assert.Contains("Source: ", text, StringComparison.Ordinal);
        Assert.Contains("2608", text, StringComparison.Ordinal);
        NoErrors(errors);
    }

    [Fact]
    public async Task CopiedUrl_RestoresTheView()
    {
        var (page, errors) = await OpenAsync("/?category=zinc&category=chromium&from=2023&period=annual", "by-category", "by-year");
        var categories = page.GetByRole(AriaRole.Group, new() { Name = "Mineral category" });
        Assert.True(await categories.GetByLabel("Zinc").IsCheckedAsync());
        Assert.True(await categories.GetByLabel("Chromium").IsCheckedAsync());
        Assert.False(await categories.GetByLabel("Copper").IsCheckedAsync());
        Assert.Equal("2023", await page.Locator("select[name='from']").InputValueAsync());
        Assert.Equal("annual", await page.Locator("select[name='period']").InputValueAsync());
        Assert.Equal(["Zinc ore", "Chromium ore"], (await CategoryRowsAsync(page)).Order(StringComparer.Ordinal).Reverse());
        NoErrors(errors);
    }

    [Fact]
    public async Task DownloadCsv_ReturnsTheRowsOnScreen()
    {
        var (page, errors) = await OpenAsync("/?category=copper&period=half-year", "by-category", "by-year");
        // The list is read and drawn when opened (docs/decisions/0094), in the CSV's order; it can be opened once the
        // circuit is up (before it, the page links the figures page in its place).
        await page.Locator("#rows summary").ClickAsync();
        await page.Locator("#rows table tbody tr").First.WaitForAsync();
        var onScreen = await page.Locator("#rows table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.NotEmpty(onScreen);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToList();
        var idColumn = lines[0].Split(',').ToList().IndexOf("id");
        Assert.True(idColumn >= 0, lines[0]);
        // The id is the last column and never quoted: the rows' other cells may hold commas inside quotes.
        var inCsv = lines.Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..]).ToArray();
        Assert.Equal(onScreen, inCsv);
        NoErrors(errors);
    }

    [Fact]
    public async Task Phone_HasNoHorizontalScroll_AndChartsFitTheScreen()
    {
        var (page, errors) = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await Charts.WaitForAsync(page, errors);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"page is {widths[0]} px wide in a {widths[1]} px viewport");
        foreach (var svgWidth in await page.Locator("svg.apexcharts-svg").EvaluateAllAsync<double[]>("svgs => svgs.map(s => s.getBoundingClientRect().right)"))
        {
            Assert.True(svgWidth <= 390, $"a chart ends at {svgWidth.ToString(CultureInfo.InvariantCulture)} px");
        }
        await Screenshots.SaveAsync(page, "overview-phone.png", height: 1500);
        await Screenshots.SaveAsync(page, "overview-phone-charts.png", page.Locator("[data-chart='by-category']"), 1500);
        NoErrors(errors);
    }

    [Fact]
    public async Task InvalidParameter_ShowsAClearMessage_NotAnErrorPage()
    {
        var (page, errors) = await server.NewPageAsync();
        var response = await page.GotoAsync("/?from=abc&category=unobtainium");
        Assert.Equal(200, response!.Status);
        var message = page.GetByTestId("filter-errors");
        await message.WaitForAsync();
        var text = await message.TextContentAsync();
        Assert.Contains("'abc' is not a year", text, StringComparison.Ordinal);
        Assert.Contains("unknown category 'unobtainium'", text, StringComparison.Ordinal);
        NoErrors(errors);
    }

    [Fact]
    public async Task LogScaleToggle_UpdatesTheChartInPlace()
    {
        var (page, errors) = await OpenAsync("/", "by-category");
        // ApexCharts gives each chart a random id when it is created: an update keeps it, a re-creation would not.
        var canvas = page.Locator("[data-chart='by-category'] .apexcharts-canvas");
        var id = await canvas.GetAttributeAsync("id");
        var linearTicks = await page.Locator("[data-chart='by-category'] .apexcharts-yaxis-label").AllTextContentsAsync();
        await page.GetByTestId("log-scale").CheckAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll(\"[data-chart='by-category'] .apexcharts-yaxis-label\")].map(t => t.textContent).join('|') !== " +
            $"'{string.Join('|', linearTicks)}'");
        Assert.Equal(id, await canvas.GetAttributeAsync("id"));
        Assert.Equal(1, await canvas.CountAsync());
        NoErrors(errors);
    }

    private static async Task UrlAsync(IPage page, string part) =>
        await page.WaitForFunctionAsync("part => location.search.includes(part)", part);

    private static async Task Expect(Func<Task<int>> actual, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        int value;
        while ((value = await actual()) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Equal(expected, value);
    }
}

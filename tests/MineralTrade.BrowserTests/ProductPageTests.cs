using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProductPageTests(DashboardServer server)
{
    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    [Fact]
    public async Task ProductPage_DrawsEachKindOfPeriodOnItsOwnAxis_AndSaysWhyTwoReportersTotalsAreNotPaired()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/products/TOTAL");
        await Charts.WaitForAsync(page, errors, "series-annual", "series-fiscal-year", "series-month");

        // China's customs count goods, the State Bank's statement goods and services: no gap between them (decision 0067).
        var september = page.GetByTestId("unpaired-comparison").Filter(new() { HasText = "Sep 2022" });
        await Assertions.Expect(september).ToContainTextAsync("$182.18 M, goods");
        await Assertions.Expect(september).ToContainTextAsync("$167.92 M, goods and services");
        await Assertions.Expect(september).ToContainTextAsync("Not paired");
        Assert.Equal(0, await page.GetByTestId("mirror-pair").CountAsync());
        await Assertions.Expect(page.GetByTestId("mirror-note")).ToContainTextAsync("CIF");

        NoErrors(errors);
    }

    [Fact]
    public async Task Compare_ListsTheTotalsItDoesNotPair_WithWhatEachCounts()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/compare?hs=TOTAL");

        await Assertions.Expect(page.GetByTestId("compare-summary")).ToContainTextAsync("goods and services");
        await Assertions.Expect(page.GetByTestId("unpaired-comparison")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("no-pairs")).ToContainTextAsync("count the same thing");
        await Assertions.Expect(page.GetByTestId("mirror-note").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/about#mirror-title");
        NoErrors(errors);
    }

    [Fact]
    public async Task Compare_OnTheSeed_WithNoPair_SaysWhatEachSideCounts_AndWhatWouldMakeAPair()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/compare");

        await Assertions.Expect(page.GetByTestId("no-pairs")).ToContainTextAsync("No pair in this view");
        var what = page.GetByTestId("what-would-pair");
        await Assertions.Expect(what).ToContainTextAsync("CN-GACC: goods;");
        await Assertions.Expect(what).ToContainTextAsync("PK-SBP: goods and services");
        await Assertions.Expect(what).ToContainTextAsync("would pair with CN-GACC's");
        Assert.Equal(0, await page.Locator("[data-chart='pairs']").CountAsync());
        NoErrors(errors);
    }

    [Fact]
    public async Task ProductsTree_SearchFindsACodeByWords_AndItsLinkOpensThePage()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/products");
        // Typed before the circuit is up, the text would reach no handler.
        await page.Locator("[data-testid='product-search'][data-interactive='yes']").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("hs-tree")).ToContainTextAsync("Copper ores and concentrates");

        await page.GetByTestId("product-search").PressSequentiallyAsync("copper ores");
        var results = page.GetByTestId("search-results");
        await Assertions.Expect(results.GetByRole(AriaRole.Heading)).ToHaveTextAsync("1 code matches");
        var loads = 0;
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest) Interlocked.Increment(ref loads);
        };
        await results.GetByRole(AriaRole.Link, new() { Name = "2603" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("product-title")).ToHaveTextAsync("HS 2603: Copper ores and concentrates");
        // With the circuit up the interactive router takes the link: no page load (enhanced navigation is off, App.razor).
        Assert.Equal(0, loads);
        await Charts.WaitForAsync(page, errors, "series-annual");
        NoErrors(errors);
    }

    [Fact]
    public async Task Card_OpensItsProductPage_OnTheOverviewsFlow()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/");
        await Charts.WaitForAsync(page, errors, "growth");

        await page.GetByTestId("card-product").Filter(new() { HasText = "Iron ores" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/products/2601?exporter=PK&importer=CN").ToString());
        await Assertions.Expect(page.GetByTestId("product-title")).ToHaveTextAsync("HS 2601: Iron ores and concentrates, including roasted iron pyrites");
        await Assertions.Expect(page.GetByTestId("product-facts")).ToContainTextAsync("PK → CN");
        NoErrors(errors);
    }

    [Fact]
    public async Task GrowthBar_OpensItsProductPage()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/?category=aluminium");
        await Charts.WaitForAsync(page, errors, "growth");

        await page.Locator("[data-chart='growth'] .apexcharts-bar-area").First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/products/2606?exporter=PK&importer=CN").ToString());
        await Assertions.Expect(page.GetByTestId("product-title")).ToContainTextAsync("HS 2606");
        NoErrors(errors);
    }

    [Fact]
    public async Task GrowthBar_OnATouchScreen_TheFirstTapShowsItsTooltip_TheSecondOpensItsProductPage()
    {
        // A phone (390 px, touch): a tap is the only way to read a bar's tooltip, so it must not leave the page at once.
        await using var context = await server.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/?category=aluminium");
        await Charts.WaitForAsync(page, errors, "growth");
        await page.Locator("[data-testid='languages'][data-interactive='yes']").WaitForAsync();
        var bar = page.Locator("[data-chart='growth'] .apexcharts-bar-area").First;
        await bar.ScrollIntoViewIfNeededAsync();

        await bar.TapAsync();

        await Assertions.Expect(page.Locator("[data-chart='growth'] .apexcharts-tooltip.apexcharts-active")).ToContainTextAsync("2025 against 2024");
        await page.WaitForTimeoutAsync(1_000);
        Assert.Equal(new Uri(server.BaseAddress, "/?category=aluminium").ToString(), page.Url);

        await bar.TapAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/products/2606?exporter=PK&importer=CN").ToString());
        await Assertions.Expect(page.GetByTestId("product-title")).ToContainTextAsync("HS 2606");
        NoErrors(errors);
    }

    [Fact]
    public async Task GrowthBar_ClickedBeforeTheCircuitStarts_LoadsItsProductPage()
    {
        var (page, errors) = await server.NewPageAsync();
        // The circuit waits for the click: a click in the page's first moments must not be an enhanced-navigation fetch,
        // whose answer, arriving after the interactive router attached, left the new address over the old page.
        var clicked = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await clicked.Task;
            await route.ContinueAsync();
        });
        var productRequests = new List<IRequest>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/products/2606", StringComparison.Ordinal)) productRequests.Add(request);
        };
        await page.GotoAsync("/?category=aluminium");
        await Charts.WaitForAsync(page, errors, "growth");

        await page.Locator("[data-chart='growth'] .apexcharts-bar-area").First.ClickAsync();
        clicked.SetResult();

        await Assertions.Expect(page.GetByTestId("product-title")).ToContainTextAsync("HS 2606", new() { Timeout = 15_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/products/2606?exporter=PK&importer=CN").ToString());
        var request = Assert.Single(productRequests);
        Assert.True(request.IsNavigationRequest, "The product page was fetched for enhanced navigation, not loaded.");
        NoErrors(errors);
    }

    [Fact]
    public async Task HsPicker_PicksACodeByItsWords_AndTheViewFollows()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/figures");
        var picker = page.Locator("[data-testid='hs-picker'][data-interactive='yes']");
        await picker.WaitForAsync();

        await picker.PressSequentiallyAsync("zinc ores");
        await page.GetByTestId("hs-matches").GetByRole(AriaRole.Button, new() { Name = "2608 Zinc ores and concentrates" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/figures?hs=2608").ToString());
        await Assertions.Expect(page.Locator("#rows tbody tr").First).ToContainTextAsync("2608");
        Assert.All(await page.Locator("#rows tbody tr td:nth-child(4)").AllTextContentsAsync(), code => Assert.Equal("2608", code));
        NoErrors(errors);
    }

    [Fact]
    public async Task SeriesPoint_TooltipIsItsOwnPeriods_AcrossGapsInTheSeries()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/products/74");
        await Charts.WaitForAsync(page, errors, "series-annual");

        // Chapter 74's full years, series by series: CN-GACC 2025; unstated (PCJCCI) 2021; unstated (Radio Pakistan)
        // 2018 and 2022, three years apart; unstated (SMM) 2019. A gap must not shift a point onto another year.
        var markers = page.Locator("[data-chart='series-annual'] .apexcharts-series-markers .apexcharts-marker");
        string[] years = ["2025", "2021", "2018", "2022", "2019"];
        Assert.Equal(years.Length, await markers.CountAsync());
        for (var i = 0; i < years.Length; i++)
        {
            await markers.Nth(i).HoverAsync(new() { Force = true });
            await Assertions.Expect(page.Locator("[data-chart='series-annual'] .chart-tip div").First).ToHaveTextAsync(new Regex($"^{years[i]}: "));
        }
        NoErrors(errors);
    }
}

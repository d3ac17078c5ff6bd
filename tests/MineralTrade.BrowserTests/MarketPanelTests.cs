using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The product page's "Pakistan in China's market" over the seed plus <c>tests/data/comtrade-china-market.csv</c>
/// (made-up values): the suppliers' bars and the price lines drawn, Pakistan's row shown below the ten largest, and
/// axe-core's WCAG 2.1 A and AA rules with zero violations at a desktop and a phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MarketPanelTests(DashboardServer server, MarketPanelTests.MarketStore store) : IClassFixture<MarketPanelTests.MarketStore>
{
    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task CopperOres_SuppliersAndPriceDrawn_PakistanShown_NoWcagViolations(int width)
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = store.BaseAddress, ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors) errors.Add(message.Text);
            }
        };
        await page.GotoAsync("/products/2603");
        await Charts.WaitForAsync(page, errors, "suppliers", "price");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Ten bars and Pakistan's, in Pakistan's colour; eleven rows in the table, Pakistan's marked.
        Assert.Equal(11, await page.Locator("[data-chart='suppliers'] .apexcharts-bar-area").CountAsync());
        await Assertions.Expect(page.Locator("tr.focus[data-partner='PK']").GetByTestId("rank")).ToHaveTextAsync("12 or lower");
        await Assertions.Expect(page.GetByTestId("destinations-summary")).ToContainTextAsync("China took 40% of Pakistan's exports");
        // Year to date and 12 months (decision 0066): no rate where a month is missing, and the month named.
        await Assertions.Expect(page.GetByTestId("windows-summary")).ToContainTextAsync("Year to date, Jan–Oct 2026: $15 M; no rate: no figure for Mar 2025.");
        await Assertions.Expect(page.Locator("tr[data-window='12m']").GetByTestId("window-no-rate")).ToHaveTextAsync("no rate: no figure for Nov 2024, Dec 2024, Mar 2025");
        if (width == 1366)
        {
            await Screenshots.SaveAsync(page, "product-2603-market.png", height: 2600);
        }

        await AssertNoViolationsAsync(page, "product-market", width);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task OverviewCards_YearToDateAnd12Months_FitAndNoWcagViolations(int width)
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = store.BaseAddress, ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var card = page.GetByTestId("card-window").And(page.Locator("[data-window='ytd']"));
        await Assertions.Expect(card).ToHaveTextAsync("Year to date, Jan–Oct 2026: $15 M; no rate: no figure for Mar 2025.");
        // The card's lines wrap inside it: nothing wider than the card at a phone's width.
        var fits = await card.EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= e.closest('.card').getBoundingClientRect().right + 0.5");
        Assert.True(fits, $"the year-to-date line overflows its card at {width} px");
        await AssertNoViolationsAsync(page, "headlines", width);
    }

    /// <summary>axe-core's WCAG 2.1 A and AA rules over the element of <paramref name="testId"/>: zero violations.</summary>
    private static async Task AssertNoViolationsAsync(IPage page, string testId, int width)
    {
        var violations = await Axe.ViolationsAsync(page, $"[data-testid={testId}]");
        Assert.True(violations.Length == 0, $"at {width} px:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>The seed and <c>tests/data/comtrade-china-market.csv</c>.</summary>
    public sealed class MarketStore() : ImportedStore("comtrade-china-market.csv", 122);
}

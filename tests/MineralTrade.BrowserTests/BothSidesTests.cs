using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The product page and /compare over the seed plus <c>tests/data/comtrade-both-sides.csv</c> (China's and Pakistan's
/// sides of a few codes, made-up values), imported with no other step: pairs, quantities, unit values and the
/// volume/price split show up. Its screenshots illustrate the README, captioned as made-up.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BothSidesTests(DashboardServer server, BothSidesTests.BothSidesStore store) : IClassFixture<BothSidesTests.BothSidesStore>
{
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string path)
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = store.BaseAddress, ViewportSize = new() { Width = 1280, Height = 900 } });
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
        await page.GotoAsync(path);
        return (page, errors);
    }

    [Fact]
    public async Task CopperOres_BothSides_PairsQuantitiesUnitValuesAndTheSplit()
    {
        var (page, errors) = await OpenAsync("/products/2603");
        await Charts.WaitForAsync(page, errors, "series-annual", "mirror");

        Assert.Equal(["CN-GACC", "PK-PBS"], await page.Locator("[data-chart='series-annual'] .apexcharts-legend-text").AllTextContentsAsync());
        var pair2024 = page.GetByTestId("mirror-pair").Filter(new() { HasText = "2024" });
        await Assertions.Expect(pair2024.GetByTestId("gap")).ToContainTextAsync("+$0.9 M (+6.9%)");
        await Assertions.Expect(page.GetByTestId("figure-lines").Locator("tr", new() { HasText = "PK-PBS" }).First.GetByTestId("unit-value")).ToHaveTextAsync("$2,544/t");
        await Assertions.Expect(page.GetByTestId("volume-change").First).ToHaveTextAsync("+4.0%");
        await Screenshots.SaveAsync(page, "product-2603.png", height: 2000);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Compare_FilledByTheImportAlone()
    {
        var (page, errors) = await OpenAsync("/compare");
        await Charts.WaitForAsync(page, errors, "pairs");

        foreach (var code in new[] { "2603", "2608", "2610", "740311" })
        {
            Assert.True(await page.GetByTestId("mirror-pair").Filter(new() { HasText = code }).CountAsync() > 0, code);
        }
        await Screenshots.SaveAsync(page, "compare.png", height: 1500);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>The seed and <c>tests/data/comtrade-both-sides.csv</c>.</summary>
    public sealed class BothSidesStore() : ImportedStore("comtrade-both-sides.csv", 10);
}

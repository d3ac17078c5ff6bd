using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// A click is never lost (issue 18, point 3): every control that changes the view works from the first paint. With
/// the circuit held back, a filter changes the address as a link would and the page loads the view; a display toggle
/// is played again once the circuit is up; and nothing is undone when the circuit arrives.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EarlyClickTests(DashboardServer server)
{
    /// <summary>A page whose circuit waits until released: what a reader meets on a slow line or a busy server.</summary>
    private async Task<(IPage Page, List<string> Errors, TaskCompletionSource Release)> HeldAsync(string path)
    {
        var (page, errors) = await server.NewPageAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        // The parsed page is what a reader can click: its images and scripts may still be coming.
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        return (page, errors, release);
    }

    public static TheoryData<string, string, string> Controls() => new()
    {
        { "/", "category", "category=zinc" },
        { "/", "reporter", "reporter=CN-GACC" },
        { "/", "period", "period=half-year" },
        { "/", "from", "from=2023" },
        { "/", "to", "to=2022" },
        { "/", "exporter", "exporter=PK" },
        { "/", "importer", "importer=CN" },
        { "/figures?hs=2603&hs=2608", "hs-chosen", "hs=2608" },
        { "/figures", "hs-typed", "hs=2603" },
        { "/figures", "sort", "sort=-value" },
    };

    [Theory]
    [MemberData(nameof(Controls))]
    public async Task Control_UsedBeforeTheCircuit_LoadsItsView_AndTheCircuitKeepsIt(string path, string control, string expected)
    {
        var (page, errors, release) = await HeldAsync(path);
        var form = page.Locator("form.filters");
        await Assertions.Expect(form).ToHaveAttributeAsync("data-interactive", "no");
        var loads = 0;
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest) Interlocked.Increment(ref loads);
        };

        await UseAsync(page, control);

        // The view's address, loaded as a page (the circuit is still held: this is the prerendered page of the new view).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(expected)), new() { Timeout = 20_000 });
        await Assertions.Expect(form).ToHaveAttributeAsync("data-interactive", "no");
        Assert.Equal(1, loads);
        await form.WaitForAsync();
        var shown = await StateAsync(page, control);
        Assert.True(shown, $"{control}: the new page does not show the choice");

        release.SetResult();
        await Assertions.Expect(form).ToHaveAttributeAsync("data-interactive", "yes", new() { Timeout = 20_000 });
        Assert.True(await StateAsync(page, control), $"{control}: the circuit undid the choice");
        Assert.Contains(expected, page.Url, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task LogScale_TickedBeforeTheCircuit_IsAppliedWhenItArrives()
    {
        var (page, errors, release) = await HeldAsync("/");
        await Charts.WaitForAsync(page, errors, "by-category");
        var ticks = page.Locator("[data-chart='by-category'] .apexcharts-yaxis-label");
        var linear = string.Join('|', await ticks.AllTextContentsAsync());

        await page.GetByTestId("log-scale").ClickAsync();
        Assert.True(await page.GetByTestId("log-scale").IsCheckedAsync());
        release.SetResult();

        var toggle = page.Locator("#log-scale-by-category[data-interactive='yes']");
        await toggle.WaitForAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(toggle).ToBeCheckedAsync();
        await page.WaitForFunctionAsync(
            "linear => [...document.querySelectorAll(\"[data-chart='by-category'] .apexcharts-yaxis-label\")].map(t => t.textContent).join('|') !== linear", linear,
            new() { Timeout = 30_000 });
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    // Clicks, not CheckAsync: that waits for the box's new state, and the page is gone by then (it loads the view).
    private static async Task UseAsync(IPage page, string control)
    {
        switch (control)
        {
            case "category":
                await page.GetByRole(AriaRole.Group, new() { Name = "Mineral category" }).GetByLabel("Zinc").ClickAsync();
                break;
            case "reporter":
                await page.Locator("input[name='reporter'][value='CN-GACC']").ClickAsync();
                break;
            case "period" or "from" or "to" or "exporter" or "importer":
                await page.Locator($"select[name='{control}']").SelectOptionAsync(control switch
                {
                    "period" => "half-year",
                    "from" => "2023",
                    "to" => "2022",
                    "exporter" => "PK",
                    _ => "CN",
                });
                break;
            case "hs-chosen":
                await page.Locator("input[name='hs'][value='2603']").ClickAsync();
                break;
            case "hs-typed":
                await page.GetByTestId("hs-picker").FillAsync("2603");
                await page.GetByTestId("hs-picker").PressAsync("Enter");
                break;
            case "sort":
                await page.GetByTestId("sort-Value").ClickAsync();
                break;
        }
    }

    /// <summary>Whether the page shows the choice made: the box ticked, the option chosen, the list sorted.</summary>
    private static async Task<bool> StateAsync(IPage page, string control) => control switch
    {
        "category" => await page.GetByRole(AriaRole.Group, new() { Name = "Mineral category" }).GetByLabel("Zinc").IsCheckedAsync(),
        "reporter" => await page.Locator("input[name='reporter'][value='CN-GACC']").IsCheckedAsync(),
        "period" => await page.Locator("select[name='period']").InputValueAsync() == "half-year",
        "from" => await page.Locator("select[name='from']").InputValueAsync() == "2023",
        "to" => await page.Locator("select[name='to']").InputValueAsync() == "2022",
        "exporter" => await page.Locator("select[name='exporter']").InputValueAsync() == "PK",
        "importer" => await page.Locator("select[name='importer']").InputValueAsync() == "CN",
        "hs-chosen" => await page.Locator("input[name='hs'][value='2603']").CountAsync() == 0 && await page.Locator("input[name='hs'][value='2608']").IsCheckedAsync(),
        "hs-typed" => await page.Locator("input[type='checkbox'][name='hs'][value='2603']").IsCheckedAsync(),
        _ => await page.Locator("th[aria-sort='descending']").Filter(new() { HasText = "Value" }).CountAsync() == 1,
    };
}

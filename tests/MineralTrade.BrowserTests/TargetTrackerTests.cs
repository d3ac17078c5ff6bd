using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>The target tracker quotes its target and its source, and never sets a narrowed view against the goal's whole basket.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TargetTrackerTests(DashboardServer server)
{
    [Fact]
    public async Task Tracker_QuotesTheMinistersWords_WithTheirSource()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/");

        var words = page.GetByTestId("target-words");

        await Assertions.Expect(words).ToContainTextAsync("within this decade");
        await Assertions.Expect(words).ToContainTextAsync("from raw extraction to processing");
        await Assertions.Expect(words.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "http://en.ce.cn/Insight/202601/t20260127_2732062.shtml");
        await Assertions.Expect(page.Locator("#target-title")).ToContainTextAsync("within this decade");
        Assert.Equal(0, await page.GetByTestId("target-narrowed").CountAsync());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Tracker_WithACategoryChosen_SaysTheSumIsNotTheGoalsBasket_AndLinksTheWholeOne()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/?category=copper&from=2022");

        var narrowed = page.GetByTestId("target-narrowed");

        await Assertions.Expect(narrowed).ToContainTextAsync("This view shows Copper only");
        await Assertions.Expect(narrowed.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/?from=2022");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>The note's link ends its sentence with the language's own full stop (it ended "全部矿产类别." and "... زمرے.").</summary>
    [Theory]
    [InlineData("en", "Every mineral category.")]
    [InlineData("zh-Hans", "全部矿产类别。")]
    [InlineData("ur", "تمام معدنی زمرے۔")]
    public async Task NarrowedNote_EndsWithTheLanguagesFullStop(string culture, string ending)
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync($"/?category=copper&from=2022&culture={culture}");

        var note = (await page.GetByTestId("target-narrowed").InnerTextAsync()).Trim();

        Assert.EndsWith(ending, note, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}

using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Issue 18's walk-through: a reporter reads as the rest of the site writes it on /updates and in the filter: each code
/// explained where it stands (an abbreviation a reader can hover or tap, decision 0105), and the value
/// <c>unstated</c>, which is no one's code, in words ("Reporter not stated"), while the address keeps the value.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReporterWordsTests(DashboardServer server)
{
    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    [Fact]
    public async Task Updates_ExplainEachReporterCode_AndSayWhenNoneIsStated()
    {
        var (page, errors) = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/updates");
        var periods = page.Locator("ul.periods li");
        await periods.First.WaitForAsync();

        var texts = await periods.AllInnerTextsAsync();
        Assert.Contains(texts, t => t.StartsWith("Reporter not stated, 2025: ", StringComparison.Ordinal));
        Assert.DoesNotContain("unstated", await page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        // Each code is explained the first time the list names it: an abbreviation with its meaning.
        foreach (var code in new[] { "CN-GACC", "PK-SBP" })
        {
            var first = page.Locator("ul.periods abbr", new() { HasTextString = code }).First;
            Assert.False(string.IsNullOrWhiteSpace(await first.GetAttributeAsync("title")), $"{code} is not explained");
        }
        NoErrors(errors);
    }

    [Fact]
    public async Task Overview_OfTheUnstatedReporter_SaysHowRecentInWords()
    {
        var (page, errors) = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/?reporter=unstated");

        var recency = await page.GetByTestId("recency").InnerTextAsync();
        Assert.StartsWith("How recent: Reporter not stated up to 2025", recency, StringComparison.Ordinal);
        NoErrors(errors);
    }

    [Fact]
    public async Task Filter_OffersTheUnstatedReporterInWords_AndTheAddressKeepsItsValue()
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync("/");
        await page.Locator("form.filters[data-interactive='yes']").WaitForAsync();

        var box = page.Locator("input[name='reporter'][value='unstated']");
        var label = page.Locator("label.check", new() { Has = box });
        Assert.Equal("Reporter not stated", (await label.InnerTextAsync()).Trim());
        Assert.DoesNotContain("unstated", await page.Locator("fieldset", new() { Has = box }).InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await label.ClickAsync();
        // The address, as soon as it changes (the view's load may take its time on a busy machine).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]reporter=unstated"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("input[name='reporter'][value='unstated']")).ToBeCheckedAsync(new() { Timeout = 30_000 });
        NoErrors(errors);
    }
}

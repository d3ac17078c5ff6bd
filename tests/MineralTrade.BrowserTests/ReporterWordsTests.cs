using Microsoft.Playwright;
using MineralTrade.Tests;

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

    /// <summary>Every routed page, and the views where the unstated reporter's figures are all there is.</summary>
    public static TheoryData<string> PagesAndUnstatedViews =>
        new([.. RoutedPages.Addresses(), "/?reporter=unstated", "/?reporter=unstated&period=any", "/figures?reporter=unstated", "/products/2610", "/products/2501"]);

    /// <summary>
    /// Where the page says "unstated" to a reader: any text (a hidden data table's, a folded legend's, a closed source's
    /// too; not a <c>code</c>, which About explains), a tooltip or label attribute, a picture's title and view line, a
    /// chart's series name or tooltip line.
    /// </summary>
    private const string Unstated =
        """
        () => {
            const found = [];
            const raw = /\bunstated\b/i;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (raw.test(n.textContent) && !n.parentElement.closest('script, style, template, code')) found.push(`text in ${n.parentElement.closest('[id], [data-testid], table, li')?.outerHTML.slice(0, 80)}: ${n.textContent.trim().slice(0, 120)}`);
            }
            for (const el of document.querySelectorAll('[title], [aria-label], [data-export-title], [data-export-view], [data-export-source]')) {
                for (const a of ['title', 'aria-label', 'data-export-title', 'data-export-view', 'data-export-source']) {
                    const v = el.getAttribute(a);
                    if (v && raw.test(v)) found.push(`${a}: ${v.slice(0, 120)}`);
                }
            }
            for (const chart of document.querySelectorAll('.apex-chart[data-options]')) {
                const walk = (v, key) => {
                    if (Array.isArray(v)) v.forEach(w => walk(w, key));
                    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, w]) => walk(w, k));
                    else if ((key === 'name' || key === 'tip' || key === 'tipLines') && typeof v === 'string' && raw.test(v)) found.push(`${chart.id} ${key}: ${v.slice(0, 120)}`);
                };
                walk(JSON.parse(chart.dataset.options.replaceAll('`', '"')), '');
            }
            return [...new Set(found)];
        }
        """;

    /// <summary>
    /// Issue 18's walk-through: By year's legend and table said "Chromium ore: 2610, unstated (Profit (Pakistan Today)),
    /// full years", a card's source "unstated:", a picture's view line "reporter unstated", and the tables of the
    /// product pages and /figures "unstated" in their Reporter column. The code is the address's value only.
    /// </summary>
    [Theory]
    [MemberData(nameof(PagesAndUnstatedViews))]
    public async Task NoPage_SaysUnstated_WhereAReaderReadsIt(string path)
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync(path);

        var found = await page.EvaluateAsync<string[]>(Unstated);

        Assert.True(found.Length == 0, $"{path}:{Environment.NewLine}{string.Join(Environment.NewLine, found.Take(20))}");
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

namespace MineralTrade.BrowserTests;

/// <summary>
/// Issue 18's walk-through, the cosmetic findings: a row of overview cards whose values and sources sat at different
/// heights, a product page's only chart drawn in half the width, and a product page's tables on a phone whose rows grew
/// 60-150 px tall (every column folded to its longest word).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TidyLayoutTests(DashboardServer server)
{
    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    /// <summary>The top of each match, grouped by the card row it is in (cards whose tops are within a pixel).</summary>
    private const string TopsByRow =
        """
        selector => {
            const rows = new Map();
            for (const card of document.querySelectorAll('[data-testid=headlines] > li.card')) {
                const row = Math.round(card.getBoundingClientRect().top);
                const part = card.querySelector(selector);
                if (!rows.has(row)) rows.set(row, []);
                rows.get(row).push(Math.round(part.getBoundingClientRect().top));
            }
            return [...rows.values()];
        }
        """;

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task OverviewCards_InARow_LineUpTheirValuesAndSources(int width)
    {
        var (page, errors) = await server.NewPageAsync(width, 900);
        await page.GotoAsync("/");
        await page.GetByTestId("headlines").WaitForAsync();

        foreach (var part in new[] { "[data-testid=headline-value]", "details.card-source" })
        {
            var rows = await page.EvaluateAsync<int[][]>(TopsByRow, part);
            Assert.Contains(rows, r => r.Length > 1);
            Assert.All(rows, r => Assert.True(r.Max() - r.Min() <= 1, $"{part} at {width} px: tops {string.Join(", ", r)} in one row of cards"));
        }
        NoErrors(errors);
    }

    [Theory]
    [InlineData("/products/2603")]
    [InlineData("/products/2606")]
    public async Task ProductPage_WithOneChart_DrawsItTheWidthOfThePage(string path)
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync(path);
        var panels = page.Locator(".charts > .panel");
        await panels.First.WaitForAsync();

        Assert.Equal(1, await panels.CountAsync());
        var widths = await page.EvaluateAsync<double[]>("() => [document.querySelector('.charts > .panel').getBoundingClientRect().width, document.querySelector('.charts').clientWidth]");
        Assert.True(widths[0] >= widths[1] - 1, $"the only chart is {widths[0]} px wide in {widths[1]} px");
        NoErrors(errors);
    }

    /// <summary>A row of three lines of text at most (a value, its rounding range), not a column of single words.</summary>
    [Theory]
    [InlineData("/products/2606")]
    [InlineData("/products/74")]
    public async Task ProductTables_OnAPhone_ScrollInTheirBox_WithRowsOfAFewLines(string path)
    {
        var (page, errors) = await server.NewPageAsync(390, 844);
        await page.GotoAsync(path);
        await page.GetByTestId("figure-lines").WaitForAsync();

        var rows = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('[data-testid=figure-lines] tbody tr, [data-testid=growth] tbody tr')]
                .map(r => `${r.closest('table').dataset.testid} ${r.cells[0].innerText}: ${Math.round(r.getBoundingClientRect().height)}`)
            """);

        Assert.NotEmpty(rows);
        var tall = rows.Where(r => int.Parse(r[(r.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture) > 70).ToList();
        Assert.True(tall.Count == 0, $"{path}, rows taller than 70 px: {string.Join("; ", tall)}");
        NoErrors(errors);
    }

    /// <summary>
    /// Found walking /compare after issue 18's point 8: each figure not paired is a line of its own (its span.block had
    /// no rule in UnpairedList's scope: "Sep 2022CN-GACC (China's ...) ... 2022-10-29PK-SBP"), and the note on why the
    /// two sides differ ends "... either figure. More on the About page." ("figure.More").
    /// </summary>
    [Theory]
    [InlineData("/compare")]
    [InlineData("/products/TOTAL")]
    public async Task NotPairedFigures_EachOnItsLine_AndTheNotesWordsApart(string path)
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync(path);
        var items = page.GetByTestId("unpaired-comparison");
        await items.First.WaitForAsync();
        // The interactive render replaces the prerendered list: read styles once it stands (a detached node has none).
        await page.Locator("[data-testid='languages'][data-interactive='yes']").WaitForAsync();

        var displays = await page.GetByTestId("unpaired-figure").EvaluateAllAsync<string[]>("fs => fs.map(f => getComputedStyle(f).display)");
        Assert.NotEmpty(displays);
        Assert.All(displays, d => Assert.Equal("block", d));
        var runTogether = (await items.AllInnerTextsAsync())
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"[\p{L}\p{N}.)](?:CN-GACC|PK-[A-Z]+|Not paired)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        Assert.True(runTogether.Count == 0, string.Join(Environment.NewLine, runTogether));
        Assert.Matches(@"\S\. More on the About page\.$", (await page.GetByTestId("mirror-note").InnerTextAsync()).Trim());
        NoErrors(errors);
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using MineralTrade.Web.Components.Charts;

namespace MineralTrade.BrowserTests;

/// <summary>What each chart of issue 9 got wrong, tried the way a reader sees it: in Chromium, at a desktop and a phone width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(DashboardServer server)
{
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 1366, int height = 900, params string[] charts)
    {
        var (page, errors) = await server.NewPageAsync(width, height);
        await page.GotoAsync(path);
        await Charts.WaitForAsync(page, errors, charts.Length == 0 ? ["by-category"] : charts);
        return (page, errors);
    }

    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    private sealed record Box(string Text, double X, double Y, double Width, double Height)
    {
        public double Center => X + Width / 2;

        public bool Overlaps(Box other) => X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;
    }

    /// <summary>Where the elements are on the screen, with their text (an axis label's lines joined); those not drawn left out.</summary>
    private static async Task<List<Box>> BoxesAsync(IPage page, string selector, bool withText = true) =>
        JsonSerializer.Deserialize<List<Box>>(await page.EvaluateAsync<string>(
            """
            selector => JSON.stringify([...document.querySelectorAll(selector)]
                .map(e => {
                    const r = e.getBoundingClientRect();
                    // An axis label's lines are tspans; its <title> repeats them.
                    const lines = [...e.querySelectorAll('tspan')].map(t => t.textContent.trim()).filter(Boolean);
                    return { Text: lines.length ? lines.join(' ') : e.textContent.trim(), X: r.x, Y: r.y, Width: r.width, Height: r.height };
                })
                .filter(b => b.Width > 0 && (b.Text !== '' || !withText)))
            """.Replace("withText", withText ? "true" : "false", StringComparison.Ordinal), selector))!;

    private static async Task<JsonDocument> OptionsAsync(IPage page, string chartId) =>
        JsonDocument.Parse(ChartJson.Json((await page.Locator($"#{chartId}").GetAttributeAsync("data-options"))!));

    [Fact]
    public async Task ByYear_EveryPointSitsOnItsPeriodsLabel_AndNoYearIsSkipped()
    {
        var (page, errors) = await OpenAsync("/", charts: "by-year");

        var labels = await BoxesAsync(page, "#chart-time-annual .apexcharts-xaxis-label");
        var markers = await BoxesAsync(page, "#chart-time-annual .apexcharts-series-markers-wrap .apexcharts-marker", withText: false);
        var years = labels.Select(l => int.Parse(l.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(years[0], years.Count), years);
        Assert.NotEmpty(markers);
        Assert.All(markers, m => Assert.Contains(labels, l => Math.Abs(l.Center - (m.X + m.Width / 2)) < 2));
        NoErrors(errors);
    }

    [Fact]
    public async Task ByYear_NoLineJoinsTwoReporters_AndAWiderBasketGoesOn_MarkedWhereItWidens()
    {
        var (page, errors) = await OpenAsync("/?category=aluminium&category=zinc&category=copper", charts: "by-year");

        foreach (var chart in await page.Locator("[data-chart='by-year'] .apex-chart").AllAsync())
        {
            using var options = JsonDocument.Parse(ChartJson.Json((await chart.GetAttributeAsync("data-options"))!));
            foreach (var series in options.RootElement.GetProperty("series").EnumerateArray())
            {
                var tips = series.GetProperty("data").EnumerateArray().Where(p => p.TryGetProperty("tip", out _))
                    .Select(p => p.GetProperty("tip").EnumerateArray().Select(l => l.GetString()!).ToList()).ToList();
                var reporters = tips.Select(t => t.Single(l => l.StartsWith("Reporter", StringComparison.Ordinal))).Distinct().ToList();
                var name = series.GetProperty("name").GetString()!;
                Assert.True(reporters.Count == 1, $"{name}: {string.Join(", ", reporters)}");
                // "Reporter: China's General Administration of Customs (CN-GACC)", or "Reporter not stated".
                var code = System.Text.RegularExpressions.Regex.Match(reporters[0], @"\(([A-Z]{2}-[A-Z]+)\)$") is { Success: true } m ? m.Groups[1].Value : "Reporter not stated";
                Assert.Contains(code, name, StringComparison.Ordinal);
            }
        }
        // Aluminium ores alone (2024) and ores with chapter 76 (2025): one line, the jump drawn, the 2025 point saying
        // what the sum adds from there (issue 18, point 6; on main they were two series with no line between them).
        var legend = (await page.Locator("[data-chart='by-year'] .chart-legend li").AllTextContentsAsync()).Select(l => l.Trim()).ToList();
        Assert.Contains(legend, l => l.StartsWith("Aluminium: 2606, + 76 from 2025, CN-GACC,", StringComparison.Ordinal));
        Assert.DoesNotContain(legend, l => l.StartsWith("Aluminium ore: 2606, CN-GACC,", StringComparison.Ordinal));
        var marks = await BoxesAsync(page, "#chart-time-annual .apexcharts-datalabels text");
        var mark = Assert.Single(marks);
        Assert.Equal("+ 76", mark.Text);
        var labels = await BoxesAsync(page, "#chart-time-annual .apexcharts-xaxis-label");
        Assert.True(Math.Abs(labels.Single(l => l.Text == "2025").Center - mark.Center) < 20, $"the mark sits at x {mark.Center}, not over 2025");
        NoErrors(errors);
    }

    [Fact]
    public async Task ByYear_OnALogScale_TicksAtPowersOfTen()
    {
        var (page, errors) = await OpenAsync("/", charts: "by-year");
        const string ticks = "#chart-time-annual .apexcharts-yaxis-label";
        var linear = string.Join('|', await page.Locator(ticks).AllTextContentsAsync());

        await page.Locator("#log-scale-by-year").CheckAsync();
        await page.WaitForFunctionAsync($"linear => [...document.querySelectorAll('{ticks}')].map(t => t.textContent).join('|') !== linear", linear);

        var labels = (await BoxesAsync(page, ticks)).Select(b => b.Text).ToList();
        Assert.True(labels.Count >= 3, string.Join(", ", labels));
        // $0.1 M, $1 M, $10 M, $100 M, $1 bn: never $2.34 M or $18.81 M.
        Assert.All(labels, label =>
        {
            var match = System.Text.RegularExpressions.Regex.Match(label, @"^\$([0-9.,]+)( M| bn)?$");
            Assert.True(match.Success, label);
            var value = double.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
                * (match.Groups[2].Value switch { " M" => 1e6, " bn" => 1e9, _ => 1 });
            Assert.True(Math.Abs(Math.Log10(value) - Math.Round(Math.Log10(value))) < 1e-9, $"{label} is not a power of ten: {string.Join(", ", labels)}");
        });
        NoErrors(errors);
    }

    [Fact]
    public async Task BoundBar_OnAPhone_IsHatched_AndAnExactBarIsNot()
    {
        var (page, errors) = await OpenAsync("/", 390, 844);

        var rows = await page.Locator("[data-chart='by-category'] details.data-table tbody tr").AllAsync();
        var fills = await page.Locator("#chart-by-category .apexcharts-bar-area").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('fill'))");
        Assert.Equal(rows.Count, fills.Length);
        var bound = -1;
        var exact = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var value = await rows[i].Locator("td.num").First.TextContentAsync();
            if (value!.StartsWith('≥')) bound = i;
            else if (value.StartsWith('$')) exact = i;
        }
        Assert.True(bound >= 0 && exact >= 0, "the seed has a bound and an exact category in the latest year");
        Assert.StartsWith("url(#", fills[bound], StringComparison.Ordinal);
        Assert.DoesNotContain("url(", fills[exact], StringComparison.Ordinal);
        NoErrors(errors);
    }

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task Growth_TickLabelsDoNotOverlap_AndEveryBarShowsItsValue(int width, int height)
    {
        var (page, errors) = await OpenAsync("/", width, height, "growth");

        var ticks = await BoxesAsync(page, "#chart-growth .apexcharts-xaxis-label");
        Assert.True(ticks.Count >= 3, $"{ticks.Count} tick labels");
        for (var i = 0; i < ticks.Count; i++)
        {
            for (var j = i + 1; j < ticks.Count; j++)
            {
                Assert.False(ticks[i].Overlaps(ticks[j]), $"'{ticks[i].Text}' overlaps '{ticks[j].Text}' at {width} px");
            }
        }
        var bars = await page.Locator("#chart-growth .apexcharts-bar-area").CountAsync();
        var values = await BoxesAsync(page, "#chart-growth .apexcharts-datalabel");
        Assert.Equal(bars, values.Count);
        NoErrors(errors);
    }

    [Fact]
    public async Task Growth_ChartsOnlyTheFlowThePageSaysItCharts()
    {
        var (page, errors) = await OpenAsync("/", charts: "growth");

        var lede = await page.GetByTestId("view-summary").TextContentAsync();
        Assert.Contains("PK → CN", lede, StringComparison.Ordinal);
        using var options = await OptionsAsync(page, "chart-growth");
        var flows = options.RootElement.GetProperty("series")[0].GetProperty("data").EnumerateArray()
            .Select(p => p.GetProperty("tip").EnumerateArray().Select(l => l.GetString()!).Single(l => l.StartsWith("Flow: ", StringComparison.Ordinal)))
            .Distinct();
        Assert.Equal(["Flow: PK → CN"], flows);
        NoErrors(errors);
    }

    [Fact]
    public async Task Growth_TooltipAndTable_ShowTheRangeOfThePublishedRounding()
    {
        var (page, errors) = await OpenAsync("/", charts: "growth");
        const string range = "between +4,698% and +4,871% from the published rounding";

        // Aluminium ores, 2025 against 2024: $14.16 M against a published $0.29 M, anything from $0.285 M to $0.295 M.
        using var options = await OptionsAsync(page, "chart-growth");
        var bar = options.RootElement.GetProperty("series")[0].GetProperty("data").EnumerateArray()
            .Select((p, i) => (Tip: string.Join(" ", p.GetProperty("tip").EnumerateArray().Select(l => l.GetString())), Index: i))
            .First(p => p.Tip.Contains("+4,783%", StringComparison.Ordinal)).Index;
        await page.Locator("#chart-growth .apexcharts-bar-area").Nth(bar).HoverAsync(new() { Force = true });
        var tooltip = page.Locator("#chart-growth .apexcharts-tooltip.apexcharts-active");
        await tooltip.WaitForAsync();
        Assert.Contains($"+4,783%, {range}", await tooltip.TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("[data-chart='growth'] details.data-table summary").ClickAsync();
        var row = page.Locator("[data-chart='growth'] details.data-table tbody tr").Filter(new() { HasText = "+4,783%" });
        Assert.Equal(range, await row.GetByTestId("rounding-range").TextContentAsync());
        NoErrors(errors);
    }

    [Fact]
    public async Task StateBankView_ChartsItsFiscalYearsQuartersAndMonths()
    {
        var (page, errors) = await OpenAsync("/?reporter=PK-SBP", charts: "by-year");

        foreach (var (id, label) in new[] { ("chart-time-fiscal-year", "FY2024-25"), ("chart-time-quarter", "Q1 FY2025-26"), ("chart-time-month", "Aug 2023") })
        {
            var chart = page.Locator($"#{id}");
            await chart.Locator("svg.apexcharts-svg").WaitForAsync();
            Assert.True(await chart.Locator(".apexcharts-series-markers-wrap .apexcharts-marker").CountAsync() > 0, id);
            Assert.Contains(await chart.Locator(".apexcharts-xaxis-label").AllTextContentsAsync(), l => l.Contains(label, StringComparison.Ordinal));
        }
        await Screenshots.SaveAsync(page, "overview-state-bank.png", page.Locator("[data-chart='by-year']"), 1500);
        NoErrors(errors);
    }

    [Fact]
    public async Task ExportedPng_CarriesTheTitleViewAndSource()
    {
        var (page, errors) = await OpenAsync("/?category=copper&category=zinc");
        var title = (await page.Locator("#by-category-title").TextContentAsync())!;

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-chart='by-category'] button[data-export='png']").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.StartsWith("mineraltrade-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("copper_zinc", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
        var text = PngText(bytes);
        Assert.Equal(title, text["Title"]);
        Assert.Contains("Copper", text["Description"], StringComparison.Ordinal);
        Assert.Contains("China", text["Source"], StringComparison.Ordinal);
        // The picture is taller than the chart on the page: the title and view above it, the source below.
        var chartHeight = await page.Locator("#chart-by-category svg.apexcharts-svg").EvaluateAsync<double>("s => s.getBoundingClientRect().height");
        Assert.True(PngHeight(bytes) / 2.0 > chartHeight + 40, $"{PngHeight(bytes) / 2.0} px for a chart of {chartHeight} px");

        var svg = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-chart='by-category'] button[data-export='svg']").ClickAsync());
        var svgText = await File.ReadAllTextAsync(await svg.PathAsync());
        Assert.Contains($">{System.Security.SecurityElement.Escape(title)}</text>", svgText, StringComparison.Ordinal);
        NoErrors(errors);
    }

    [Fact]
    public async Task Charts_AreDrawnBeforeTheCircuit_AndNotDrawnAgainWhenItStarts()
    {
        var (page, errors) = await server.NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Commit });
        await Charts.WaitForAsync(page, errors);
        Assert.False(await page.EvaluateAsync<bool>("() => !!window.Blazor"), "the charts waited for Blazor");
        await page.EvaluateAsync("() => document.querySelectorAll('svg.apexcharts-svg').forEach(s => s.dataset.prerendered = 'yes')");

        release.SetResult();
        await page.WaitForFunctionAsync("() => !!window.Blazor");
        // The circuit is up when a filter change re-renders the page in place: keep clicking until it does.
        await page.WaitForFunctionAsync(
            "() => { document.querySelector('[data-testid=log-scale]').click(); return document.querySelector('#chart-by-category').dataset.options.includes('`logarithmic`:true'); }",
            null, new() { PollingInterval = 250, Timeout = 20_000 });

        var draws = await page.Locator(".apex-chart").EvaluateAllAsync<string[]>("charts => charts.map(c => `${c.id}:${c.dataset.draws}:${c.querySelector('svg')?.dataset.prerendered}`)");
        Assert.All(draws.Where(d => !d.StartsWith("chart-by-category", StringComparison.Ordinal)), d => Assert.EndsWith(":1:yes", d, StringComparison.Ordinal));
        NoErrors(errors);
    }

    /// <summary>The iTXt chunks of a PNG (uncompressed, UTF-8): keyword and text.</summary>
    private static Dictionary<string, string> PngText(byte[] png)
    {
        var text = new Dictionary<string, string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "iTXt")
            {
                var fields = Encoding.UTF8.GetString(png, at + 8, length).Split('\0');
                // keyword, compression flag and method, language, translated keyword, text
                text[fields[0]] = fields[^1];
            }
            at += 12 + length;
        }
        return text;
    }

    private static int PngHeight(byte[] png) => (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
}

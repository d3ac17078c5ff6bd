using System.Text.RegularExpressions;
using MineralTrade.Tests;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Issue 18's walk-through: a chart's tooltip says whose statistics in words, once, on every chart of every routed
/// page ("Reporter: China's General Administration of Customs (CN-GACC)", not "Reporter: CN-GACC (CN-GACC)"): a
/// tooltip cannot be tapped for an abbreviation's meaning, as the page's text can (decision 0105).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChartTooltipTests(DashboardServer server)
{
    public static TheoryData<string> Pages => new(RoutedPages.Addresses());

    /// <summary>Every tooltip line of every chart on the page, from the options the chart module draws ("tip" arrays).</summary>
    private const string TipLines =
        """
        () => [...document.querySelectorAll('.apex-chart[data-options]')].flatMap(chart => {
            const lines = [];
            const options = JSON.parse(chart.dataset.options.replaceAll('`', '"'));
            // A line several points repeat is sent once, in tipLines, and by its index in each tip (decision 0126).
            const shared = options.tipLines ?? [];
            delete options.tipLines;
            const walk = v => {
                if (Array.isArray(v)) v.forEach(walk);
                else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, w]) => k === 'tip' && Array.isArray(w) ? lines.push(...w.map(l => `${chart.id}: ${typeof l === 'number' ? shared[l] : l}`)) : walk(w));
            };
            walk(options);
            return lines;
        })
        """;

    /// <summary>"Reporter: <name> (<code>)", optionally followed by " · " and the series' own name; or "Reporter not stated".</summary>
    [GeneratedRegex(@": (?:Reporter: (?<name>[^()]+) \((?<code>[A-Z]{2}-[A-Z]+)\)|Reporter not stated)(?: · .+)?$")]
    private static partial Regex ReporterLine();

    [GeneratedRegex(@"\b(?<code>[A-Z]{2}-[A-Z]+) \(\k<code>\)")]
    private static partial Regex CodeTwice();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryTooltip_NamesItsReporterInWords_Once(string path)
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync(path);
        var lines = await page.EvaluateAsync<string[]>(TipLines);

        var reporterLines = lines.Where(l => Regex.IsMatch(l, @": Reporter\b", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        var wrong = reporterLines.Where(l => ReporterLine().Match(l) is not { Success: true } m
            || (m.Groups["name"].Success && m.Groups["name"].Value.Contains(m.Groups["code"].Value, StringComparison.Ordinal))).ToList();
        wrong.AddRange(lines.Where(l => CodeTwice().IsMatch(l)));
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong.Distinct().Take(20)));
        // A page with charts has tooltips that name a reporter: the check above read some.
        Assert.True(lines.Length == 0 || reporterLines.Count > 0, $"{path}: {lines.Length} tooltip lines, none names a reporter");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task OverviewBar_Hovered_ShowsTheCustomsByName()
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync("/");
        await Charts.WaitForAsync(page, errors, "by-category");

        var shown = await Charts.TooltipsShowingAsync(page, "by-category", page.Locator("[data-chart='by-category'] .apexcharts-bar-area"),
            "Reporter: China's General Administration of Customs (CN-GACC)");

        Assert.True(shown > 0, "no bar's tooltip names China's customs");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}

using System.Text.Json;
using MineralTrade.Tests;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Issue 18, points 1 and 4, on every chart of every routed page of the seed store: every point a chart holds is drawn
/// where a reader can see it, and a value that is not exact is drawn as one (a hatched or dotted bar, a hollow point)
/// with the key under its chart, and still answers the pointer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartDrawingTests(DashboardServer server)
{
    public static TheoryData<string> Pages => new(RoutedPages.Addresses());

    /// <summary>
    /// Each chart's points read from its options (with their labels), each looked up in the drawn SVG: a line's marker or a bar, with its fill. A line series drawn without markers
    /// (the target's paths) needs a neighbour for each point, so that a segment draws it.
    /// </summary>
    private const string Points =
        """
        () => JSON.stringify([...document.querySelectorAll('.apex-chart[data-options]')].flatMap(chart => {
            const o = JSON.parse(chart.dataset.options.replaceAll('`', '"'));
            const sizes = o.markers?.size;
            const hidden = e => !!e.closest('.apexcharts-element-hidden, .apexcharts-hide') || getComputedStyle(e).visibility === 'hidden';
            const panel = chart.closest('[data-chart]') ?? chart.parentElement;
            return o.series.flatMap((s, i) => s.data.map((d, j) => {
                const y = d !== null && typeof d === 'object' ? d.y : d;
                if (y === null || y === undefined) return null;
                const label = d?.label ?? String(y);
                const size = Array.isArray(sizes) ? sizes[i] : sizes;
                const bar = o.chart.type === 'bar';
                const found = [...chart.querySelectorAll(bar ? `.apexcharts-bar-area[index="${i}"][j="${j}"]` : `.apexcharts-series-markers-wrap .apexcharts-marker[index="${i}"][j="${j}"]`)]
                    .filter(e => !hidden(e))
                    .map(e => ({ e, r: e.getBoundingClientRect() }))
                    .sort((a, b) => b.r.width * b.r.height - a.r.width * a.r.height);
                const element = found[0]?.e;
                const box = found[0]?.r;
                const near = k => k >= 0 && k < s.data.length && s.data[k] !== null && (typeof s.data[k] !== 'object' || s.data[k].y !== null);
                const onSegment = !bar && !(size > 0) && (near(j - 1) || near(j + 1));
                return {
                    chart: chart.id, series: s.name, index: j, label,
                    drawn: onSegment || (!!element && (bar ? box.width + box.height >= 1 : box.width >= 4 && box.height >= 4)),
                    marker: !bar && size > 0,
                    fill: element?.getAttribute('fill') ?? '', stroke: element?.getAttribute('stroke') ?? '',
                    keyed: !!panel.querySelector('[data-testid="bounds-key"]'),
                };
            })).filter(p => p !== null);
        }))
        """;

    private sealed record DrawnPoint(string Chart, string Series, int Index, string Label, bool Drawn, bool Marker, string Fill, string Stroke, bool Keyed)
    {
        public override string ToString() => $"{Chart} '{Series}' #{Index} {Label} (fill {Fill}, stroke {Stroke})";

        /// <summary>Not exact, as its label says (Money.Sign): a lower or upper bound, or an approximate value.</summary>
        public bool Bound => Label.StartsWith('≥') || Label.StartsWith('≤') || Label.StartsWith('~');

        public bool Hollow => Fill is "#ffffff" or "#fff" && Stroke is not ("#ffffff" or "#fff");

        public bool Patterned => Fill.StartsWith("url(", StringComparison.Ordinal);
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private async Task<(IPage Page, List<DrawnPoint> Points, List<string> Errors)> OpenAsync(string path)
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.apex-chart[data-options]')].every(e => e.querySelector('svg.apexcharts-svg'))",
            null, new() { Timeout = 30_000 });
        // The circuit's render takes each drawn chart over (decision 0103): a chart caught in that handover is read again.
        List<DrawnPoint> points = [];
        for (var attempt = 0; attempt < 3; attempt++)
        {
            points = JsonSerializer.Deserialize<List<DrawnPoint>>(await page.EvaluateAsync<string>(Points), s_json)!;
            if (points.All(p => p.Drawn))
            {
                break;
            }
            await page.WaitForTimeoutAsync(2_000);
        }
        return (page, points, errors);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task EveryPointOfEveryChart_IsDrawn(string path)
    {
        var (page, points, errors) = await OpenAsync(path);

        var undrawn = points.Where(p => !p.Drawn).ToList();
        Assert.True(undrawn.Count == 0, $"{path}: not drawn: {string.Join("; ", undrawn)}");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        await page.Context.CloseAsync();
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task BoundsAreDrawnAsBounds_WithTheKey_OnEveryChart(string path)
    {
        var (page, points, _) = await OpenAsync(path);

        foreach (var p in points.Where(p => p.Drawn && p.Fill.Length > 0))
        {
            // A bound on a line is hollow, on a bar patterned; an exact value neither.
            var drawnAsBound = p.Marker ? p.Hollow : p.Patterned;
            Assert.True(p.Bound == drawnAsBound, $"{path}: {p} is {(p.Bound ? "not exact" : "exact")} but drawn {(drawnAsBound ? "as a bound" : "solid")}");
            Assert.True(!p.Bound || p.Keyed, $"{path}: {p} is drawn as a bound but its chart has no key");
        }
        // A hollow point answers the pointer as a solid one does (ApexCharts' discrete markers did not).
        foreach (var p in points.Where(p => p.Bound && p.Marker).DistinctBy(p => p.Chart))
        {
            var shown = await Charts.TooltipsShowingAsync(page, await ChartKeyAsync(page, p.Chart),
                page.Locator($"#{p.Chart} .apexcharts-series-markers-wrap .apexcharts-marker[j='{p.Index}'][fill='#ffffff']"), p.Label);
            Assert.True(shown > 0, $"{path}: hovering {p} showed no tooltip with its value");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>The <c>data-chart</c> of the panel around a chart element (a page may put several charts in one panel).</summary>
    private static Task<string> ChartKeyAsync(IPage page, string chartId) =>
        page.Locator($"#{chartId}").EvaluateAsync<string>("e => e.closest('[data-chart]').dataset.chart");
}

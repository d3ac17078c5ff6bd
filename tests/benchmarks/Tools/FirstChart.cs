using System.Globalization;
using Microsoft.Playwright;

namespace MineralTrade.Benchmarks;

/// <summary>
/// Milliseconds from navigation to the first ApexCharts SVG in the document (the page's own clock), each load in a new
/// browser context (an empty cache, as a first visit), and the JavaScript the page transferred.
/// </summary>
internal static class FirstChart
{
    // Notes, in the page's clock (0 = navigation start), when the first ApexCharts SVG is in the document.
    private const string Observer = """
        new MutationObserver((_, o) => {
            if (document.querySelector('svg.apexcharts-svg')) { document.documentElement.dataset.firstChart = performance.now(); o.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
        """;

    // Notes, in the same clock, when the circuit's WebSocket opens and what it receives (SignalR sends binary frames).
    private const string SocketObserver = """
        window.__circuit = { sockets: 0, frames: 0, bytes: 0, largest: 0 };
        window.WebSocket = class extends window.WebSocket {
            constructor(...args) {
                super(...args);
                const c = window.__circuit, first = c.sockets++ === 0;
                if (!first) return;
                c.created = performance.now();
                this.addEventListener('open', () => c.open = performance.now());
                this.addEventListener('message', e => {
                    if (document.documentElement.dataset.firstChart) return;
                    const n = e.data.byteLength ?? e.data.size ?? e.data.length;
                    c.frames++; c.bytes += n;
                    if (n > c.largest) { c.largest = n; c.largestAt = performance.now(); }
                });
            }
        };
        """;

    private const string Socket = """
        () => {
            const c = window.__circuit;
            return c.open === undefined ? 'no circuit socket'
                : `circuit socket created at ${Math.round(c.created)} ms, open at ${Math.round(c.open)} ms; before the chart, ${c.frames} frames, `
                  + `${Math.round(c.bytes / 1024)} KiB received, the largest ${Math.round(c.largest / 1024)} KiB at ${Math.round(c.largestAt)} ms`
                  + (c.sockets > 1 ? `; ${c.sockets} sockets by ${Math.round(performance.now())} ms (the circuit reconnected)` : '');
        }
        """;

    private const string Scripts = """
        () => {
            const js = performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname.endsWith('.js'));
            return [js.reduce((s, r) => s + r.encodedBodySize, 0), js.reduce((s, r) => s + r.decodedBodySize, 0), js.length];
        }
        """;

    private const string Timeline = """
        () => performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname.endsWith('.js'))
            .map(r => `  ${new URL(r.name).pathname}: ${r.encodedBodySize} bytes, loaded at ${Math.round(r.responseEnd)} ms`).join('\n')
            + `\n  first byte of the page at ${Math.round(performance.getEntriesByType('navigation')[0].responseStart)} ms`
            + `, DOMContentLoaded at ${Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)} ms`
        """;

    public static async Task<int> RunAsync(string url, int runs, int timeoutSeconds)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Arg.LaunchChromiumAsync(playwright);
        var times = new List<double>();
        var (wire, decoded, files, timeline) = (0L, 0L, 0L, "");
        for (var i = 0; i < runs; i++)
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            context.SetDefaultTimeout(timeoutSeconds * 1000f);
            context.SetDefaultNavigationTimeout(timeoutSeconds * 1000f);
            await context.AddInitScriptAsync(Observer);
            await context.AddInitScriptAsync(SocketObserver);
            var page = await context.NewPageAsync();
            try
            {
                await page.GotoAsync(url);
                await page.WaitForSelectorAsync("svg.apexcharts-svg");
            }
            catch (TimeoutException)
            {
                Console.WriteLine($"  load {i + 1}: no chart within {timeoutSeconds} s");
                times.Add(double.PositiveInfinity);
                continue;
            }
            // The first script that runs after the chart: late when drawing the rest keeps the page's main thread busy.
            var free = await page.EvaluateAsync<double>("() => performance.now()");
            times.Add(double.Parse(await page.EvaluateAsync<string>("() => document.documentElement.dataset.firstChart"), CultureInfo.InvariantCulture));
            Console.WriteLine($"  load {i + 1}: first chart at {Arg.Ms(times[^1])} ms, main thread free at {Arg.Ms(free)} ms; {await page.EvaluateAsync<string>(Socket)}");
            var js = await page.EvaluateAsync<long[]>(Scripts);
            (wire, decoded, files) = (js[0], js[1], js[2]);
            timeline = await page.EvaluateAsync<string>(Timeline);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first_chart_ms median={Arg.Ms(Arg.Median(times))} min={Arg.Ms(times[0])} max={Arg.Ms(times[^1])} loads={runs} url={url}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"javascript files={files} wire_kib={wire / 1024.0:0.0} uncompressed_kib={decoded / 1024.0:0.0}"));
        Console.WriteLine("last load's timeline:\n" + timeline);
        return 0;
    }
}

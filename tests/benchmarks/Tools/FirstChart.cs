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
            var page = await context.NewPageAsync();
            // The circuit's WebSocket, timed from navigation (the client's clock: a few ms off the page's).
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var socket = new CircuitSocket();
            page.WebSocket += (_, ws) =>
            {
                socket.OpenedMs = clock.Elapsed.TotalMilliseconds;
                ws.FrameReceived += (_, frame) => socket.Received(clock.Elapsed.TotalMilliseconds, frame.Binary?.Length ?? frame.Text?.Length ?? 0);
            };
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
            times.Add(double.Parse(await page.EvaluateAsync<string>("() => document.documentElement.dataset.firstChart"), CultureInfo.InvariantCulture));
            Console.WriteLine($"  load {i + 1}: first chart at {Arg.Ms(times[^1])} ms; {socket.Describe(clock.Elapsed.TotalMilliseconds)}");
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

    /// <summary>What came over the circuit's socket, and when: the first interactive render is one large message.</summary>
    private sealed class CircuitSocket
    {
        private readonly Lock _lock = new();
        private int _frames;
        private long _bytes, _largest;
        private double _largestAtMs;

        public double? OpenedMs { get; set; }

        public void Received(double atMs, long bytes)
        {
            lock (_lock)
            {
                _frames++;
                _bytes += bytes;
                if (bytes > _largest)
                {
                    (_largest, _largestAtMs) = (bytes, atMs);
                }
            }
        }

        public string Describe(double nowMs)
        {
            lock (_lock)
            {
                return OpenedMs is { } opened
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"circuit socket opened at {opened:0} ms, {_frames} frames / {_bytes / 1024.0:0} KiB received by {nowMs:0} ms, the largest {_largest / 1024.0:0} KiB at {_largestAtMs:0} ms")
                    : "no circuit socket";
            }
        }
    }
}

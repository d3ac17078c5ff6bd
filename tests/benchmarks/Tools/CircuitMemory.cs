using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace MineralTrade.Benchmarks;

/// <summary>
/// Server memory per Blazor circuit: the GC heap after a full collection (the hooks' <c>/_bench/memory</c>) with no
/// circuit open, then with <c>pages</c> headless pages connected to the page, the difference divided by the pages.
/// The hooks count the open circuits, so the figure is divided by circuits that exist, not by pages asked for.
/// </summary>
internal static class CircuitMemory
{
    private sealed record Memory(int Circuits, long HeapBytes, long RssKib, long PeakRssKib);

    public static async Task<int> RunAsync(string url, int pages)
    {
        var root = new Uri(new Uri(url), "/_bench/memory");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        async Task<Memory> MemoryAsync() => (await http.GetFromJsonAsync<Memory>(root))!;

        using var playwright = await Playwright.CreateAsync();
        // Many pages share a few renderer processes, so that 200 pages fit beside the other work on the machine.
        await using var browser = await Arg.LaunchChromiumAsync(playwright, "--renderer-process-limit=8");
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(120_000);

        // One page first, closed again, so that what every page shares (compiled components, caches) is in the baseline.
        var warm = await context.NewPageAsync();
        await OpenAsync(warm, url);
        await warm.CloseAsync(new() { RunBeforeUnload = true });
        var before = await WaitForCircuitsAsync(MemoryAsync, c => c == 0, "the warm-up page's circuit to close");

        var started = DateTime.UtcNow;
        var open = new List<IPage>();
        for (var batch = 0; batch < pages; batch += 10)
        {
            var opened = await Task.WhenAll(Enumerable.Range(0, Math.Min(10, pages - batch)).Select(async _ =>
            {
                var page = await context.NewPageAsync();
                await OpenAsync(page, url);
                return page;
            }));
            open.AddRange(opened);
        }
        var after = await WaitForCircuitsAsync(MemoryAsync, c => c >= pages, $"{pages} circuits");
        var seconds = (DateTime.UtcNow - started).TotalSeconds;

        var perCircuitKib = (after.HeapBytes - before.HeapBytes) / 1024.0 / after.Circuits;
        var rssPerCircuitKib = (after.RssKib - before.RssKib) / (double)after.Circuits;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"before circuits=0 heap_mib={before.HeapBytes / 1048576.0:0.0} rss_mib={before.RssKib / 1024.0:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after circuits={after.Circuits} heap_mib={after.HeapBytes / 1048576.0:0.0} rss_mib={after.RssKib / 1024.0:0.0} peak_rss_mib={after.PeakRssKib / 1024.0:0.0} opened_in_s={seconds:0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per_circuit heap_kib={perCircuitKib:0} rss_kib={rssPerCircuitKib:0}"));
        // Circuits kept open a while for a heap dump of the server (circuits.sh's GCDUMP).
        if (int.TryParse(Environment.GetEnvironmentVariable("CIRCUITS_HOLD_SECONDS"), out var hold))
        {
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        await context.CloseAsync();
        return 0;
    }

    /// <summary>Loads the page and waits for its first chart, which the circuit draws.</summary>
    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("svg.apexcharts-svg");
    }

    private static async Task<Memory> WaitForCircuitsAsync(Func<Task<Memory>> read, Func<int, bool> done, string what)
    {
        for (var waited = 0; waited < 120; waited++)
        {
            var memory = await read();
            if (done(memory.Circuits))
            {
                return memory;
            }
            await Task.Delay(1000);
        }
        throw new TimeoutException($"Waited two minutes for {what}.");
    }
}

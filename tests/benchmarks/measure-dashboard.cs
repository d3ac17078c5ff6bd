// Measures the overview in Debian's Chromium: milliseconds from navigation to the first chart's SVG, and the JavaScript
// transferred (compressed bytes on the wire, as the server sent them). A measurement, not a test. Run the app first:
//   dotnet run -c Release --project src/MineralTrade.Web --urls http://127.0.0.1:5301
//   dotnet run tests/benchmarks/measure-dashboard.cs -- http://127.0.0.1:5301/ 7
#:package Microsoft.Playwright
#:property TreatWarningsAsErrors=false
#:property PublishAot=false

using System.Globalization;
using Microsoft.Playwright;

var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5301/";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
var chromium = Environment.GetEnvironmentVariable("MINERALTRADE_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

// Notes, in the page's own clock (0 = navigation start), when the first ApexCharts SVG is in the document.
const string observer = """
    new MutationObserver((_, o) => {
        if (document.querySelector('svg.apexcharts-svg')) { document.documentElement.dataset.firstChart = performance.now(); o.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
    """;

var times = new List<double>();
var scripts = new List<(long Wire, long Decoded, int Files)>();
var names = "";
for (var i = 0; i < runs; i++)
{
    // A new context each time: an empty cache, as a first visit.
    await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
    await context.AddInitScriptAsync(observer);
    var page = await context.NewPageAsync();
    await page.GotoAsync(url);
    await page.WaitForSelectorAsync("svg.apexcharts-svg");
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    times.Add(double.Parse(await page.EvaluateAsync<string>("() => document.documentElement.dataset.firstChart"), CultureInfo.InvariantCulture));
    var js = await page.EvaluateAsync<long[]>("""
        () => {
            const js = performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname.endsWith('.js'));
            return [js.reduce((s, r) => s + r.encodedBodySize, 0), js.reduce((s, r) => s + r.decodedBodySize, 0), js.length];
        }
        """);
    scripts.Add((js[0], js[1], (int)js[2]));
    names = await page.EvaluateAsync<string>("""
        () => performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname.endsWith('.js'))
            .map(r => `  ${new URL(r.name).pathname}: ${r.encodedBodySize} bytes, loaded at ${Math.round(r.responseEnd)} ms`).join('\n')
            + `\n  DOMContentLoaded at ${Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)} ms`
        """);
}

times.Sort();
var median = times[times.Count / 2];
var (wire, decoded, files) = scripts[^1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"first chart SVG after navigation: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {runs} cold loads"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"JavaScript: {files} files, {wire / 1024.0:0.0} KiB on the wire (compressed), {decoded / 1024.0:0.0} KiB uncompressed"));
Console.WriteLine(names);

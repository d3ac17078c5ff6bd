// Blazor circuits through HAProxy, checked from the browser (Debian's Chromium driven by Playwright). Part of
// tests/scale/two-nodes, which starts the nodes and the balancer; run alone as
//   dotnet run tests/scale/circuits.cs -- BALANCER_URL NODE_A_PID [CIRCUITS]
// Opens CIRCUITS pages at once, each in a browser context of its own (its own cookies, as different people), and
// checks that each page, its circuit's negotiation and its WebSocket were all answered by the node its affinity cookie
// names (HAProxy adds X-Served-By), and that the circuit works (a filter change is handled over it). Then it stops node
// a (SIGTERM to NODE_A_PID) and checks that the circuits on b carry on untouched and that those on a, once reloaded,
// run on b with the same address (the view's state) and the same content. Exit 0 when every check holds.
// For the load comparison (tests/scale/load-compare):
//   dotnet run tests/scale/circuits.cs -- hold URL CIRCUITS STOP_FILE
// opens CIRCUITS live circuits, prints "held N circuits", and keeps them open until STOP_FILE exists.
#:package Microsoft.Playwright
#:property TreatWarningsAsErrors=false
#:property PublishAot=false

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

var holding = args[0] == "hold";
var balancer = new Uri(args[holding ? 1 : 0]);
var nodeAPid = holding ? 0 : int.Parse(args[1], CultureInfo.InvariantCulture);
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6;
var chromium = Environment.GetEnvironmentVariable("MINERALTRADE_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
string[] views = ["?category=copper", "?category=iron", "?category=aluminium", "?category=zinc", "?category=chromium", "?category=salt", "", "?reporter=CN-GACC"];

var failures = 0;
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")}  {what}");
    if (!ok)
    {
        failures++;
    }
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

if (holding)
{
    // A few at a time: a busy machine opens many at once slower than one by one.
    var held = new List<Circuit>();
    foreach (var batch in Enumerable.Range(0, count).Chunk(5))
    {
        var opening = await Task.WhenAll(batch.Select(i => Circuit.OpenAsync(browser, new Uri(balancer, "/" + views[i % views.Length]))));
        foreach (var circuit in opening)
        {
            await circuit.ChangePeriodAsync("annual");
        }
        held.AddRange(opening);
    }
    Console.WriteLine($"held {held.Count} circuits: " + string.Join(", ", held.GroupBy(c => c.Cookie ?? "direct").OrderBy(g => g.Key).Select(g => $"{g.Count()} on {g.Key}")));
    while (!File.Exists(args[3]))
    {
        await Task.Delay(500);
    }
    return 0;
}

var circuits = await Task.WhenAll(Enumerable.Range(0, count).Select(i => Circuit.OpenAsync(browser, new Uri(balancer, "/" + views[i % views.Length]))));
var opened = Stopwatch.StartNew();
foreach (var circuit in circuits)
{
    await circuit.ChangePeriodAsync("annual");
}
Console.WriteLine($"{count} circuits through the balancer ({balancer}):");
foreach (var circuit in circuits)
{
    Console.WriteLine($"  {circuit.Describe()}");
}
Check(circuits.All(c => c.Cookie is "a" or "b"), "every browser got an affinity cookie (MT_NODE) naming a node");
Check(circuits.All(c => c.Consistent), "each page, its circuit's negotiation and its WebSocket were answered by the node its cookie names");
Check(circuits.All(c => c.Page.Url.Contains("period=annual", StringComparison.Ordinal)), "each circuit handled a filter change (period=annual), so it lives on its node");
Check(circuits.Any(c => c.Cookie == "a") && circuits.Any(c => c.Cookie == "b"), "the balancer spread the circuits over both nodes");

var onA = circuits.Where(c => c.Cookie == "a").ToList();
var onB = circuits.Where(c => c.Cookie == "b").ToList();
// What a's pages show at their address: loaded afresh on a (a circuit shows the previous view's figures until the new
// view's have loaded, and nothing on the page says when they have), to be compared with the same address on b later.
var before = new Dictionary<Circuit, (string Url, string Text)>();
foreach (var circuit in onA)
{
    await circuit.ReloadAsync();
    before[circuit] = (circuit.Page.Url, await circuit.MainTextAsync());
}
Check(onA.All(c => c.Cookie == "a" && c.Document == "a"), "a's pages, reloaded before the stop, stayed on a");

// Stop node a as an orchestrator would: SIGTERM, and SIGKILL after a grace period (ASP.NET Core's own is 30 s).
var stop = Stopwatch.StartNew();
var how = "SIGTERM";
using (var node = Process.GetProcessById(nodeAPid))
{
    Process.Start("kill", ["-TERM", nodeAPid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
    try
    {
        await node.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(35)).Token);
    }
    catch (OperationCanceledException)
    {
        how = "SIGKILL after 35 s of SIGTERM";
        node.Kill();
        await node.WaitForExitAsync();
    }
}
Console.WriteLine($"node a stopped ({how}) {stop.ElapsedMilliseconds} ms after the signal, {opened.Elapsed.TotalSeconds:F1} s after the circuits opened");

// Circuits on b: nothing happened to them.
foreach (var circuit in onB)
{
    circuit.ResetServedBy();
    await circuit.ChangePeriodAsync("half-year");
}
Check(onB.All(c => c.Page.Url.Contains("period=half-year", StringComparison.Ordinal) && c.WebSockets.IsEmpty),
    $"the {onB.Count} circuits on b handled another filter change on the same WebSocket (no reconnection)");

// Circuits on a: their node is gone. Blazor shows its reconnect dialog (or reloads by itself once the balancer sends the
// reconnection to b, which does not know the circuit); the person reloads, and the page starts a new circuit on b.
var reconnect = Stopwatch.StartNew();
foreach (var circuit in onA)
{
    circuit.ResetServedBy();
    await circuit.Page.WaitForFunctionAsync(
        "() => document.getElementById('components-reconnect-modal')?.open === true || performance.getEntriesByType('navigation')[0]?.type === 'reload'",
        null, new() { Timeout = 30_000 });
    await circuit.ReloadAsync();
}
Console.WriteLine($"the {onA.Count} circuits on a, reloaded: {reconnect.ElapsedMilliseconds} ms from the stop to the last new circuit up");
foreach (var circuit in onA)
{
    Console.WriteLine($"  {circuit.Describe()}");
}
Check(onA.All(c => c.Cookie == "b" && c.Consistent), "each reloaded page, its negotiation and its new WebSocket were answered by b, and its cookie now names b");
var same = new List<bool>();
foreach (var circuit in onA)
{
    var text = await circuit.MainTextAsync();
    same.Add(circuit.Page.Url == before[circuit].Url && text == before[circuit].Text);
    if (text != before[circuit].Text)
    {
        var (was, now) = (before[circuit].Text.Split('\n'), text.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(was.Length, now.Length)).FirstOrDefault(i => was[i] != now[i]);
        Console.WriteLine($"  {circuit.Page.Url}: line {line} was '{was.ElementAtOrDefault(line)}', now '{now.ElementAtOrDefault(line)}' ({was.Length} and {now.Length} lines)");
    }
}
Check(same.All(s => s), "after the reload each page has the same address (filters) and shows the same content as on a: nothing lost");
foreach (var circuit in onA)
{
    await circuit.ChangePeriodAsync("half-year");
}
Check(onA.All(c => c.Page.Url.Contains("period=half-year", StringComparison.Ordinal)), "the new circuits on b handle a filter change");

Console.WriteLine(failures == 0 ? "circuits: every check passed" : $"circuits: {failures} check(s) FAILED");
return failures == 0 ? 0 : 1;

/// <summary>One person's page: which node answered the document, the circuit's negotiation and its WebSocket.</summary>
sealed class Circuit
{
    private Circuit(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string? Cookie { get; private set; }

    public string? Document { get; private set; }

    /// <summary>The HTTP status of the page's document.</summary>
    public int? Status { get; private set; }

    public string? Negotiation { get; private set; }

    /// <summary>The node named by each WebSocket handshake since the last reset (HAProxy's X-Served-By on the 101 answer).</summary>
    public ConcurrentQueue<string> WebSockets { get; } = new();

    public bool Consistent => Cookie is not null && Document == Cookie && Negotiation == Cookie && !WebSockets.IsEmpty && WebSockets.All(w => w == Cookie);

    public static async Task<Circuit> OpenAsync(IBrowser browser, Uri url)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        // The machine may be shared and busy: a page over a large store can take longer than Playwright's 30 s.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        var circuit = new Circuit(context, page);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        cdp.Event("Network.webSocketHandshakeResponseReceived").OnEvent += (_, e) =>
        {
            // "-" when no balancer names the node (a node reached directly).
            var node = e?.GetProperty("response").GetProperty("headers").EnumerateObject()
                .FirstOrDefault(h => h.Name.Equals("x-served-by", StringComparison.OrdinalIgnoreCase)).Value;
            circuit.WebSockets.Enqueue(node is { ValueKind: System.Text.Json.JsonValueKind.String } name ? name.GetString()! : "-");
        };
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal))
            {
                circuit.Negotiation = response.Headers.GetValueOrDefault("x-served-by") ?? "-";
            }
        };
        var document = await page.GotoAsync(url.ToString());
        (circuit.Document, circuit.Status) = (document?.Headers.GetValueOrDefault("x-served-by"), document?.Status);
        await circuit.WaitForCircuitAsync();
        return circuit;
    }

    public async Task ReloadAsync()
    {
        var document = await Page.ReloadAsync();
        (Document, Status) = (document?.Headers.GetValueOrDefault("x-served-by"), document?.Status);
        await WaitForCircuitAsync();
    }

    public void ResetServedBy()
    {
        WebSockets.Clear();
        Negotiation = null;
    }

    /// <summary>
    /// Changes the period filter; only a live circuit turns that into a new address (history.pushState, no load event).
    /// Tried again while the circuit is still attaching its handlers to the prerendered page.
    /// </summary>
    public async Task ChangePeriodAsync(string period)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        try
        {
            await Page.WaitForSelectorAsync("select[name=period]");
        }
        catch (TimeoutException)
        {
            // Say what came instead (an error page, the balancer's 503/504), not only what was missing.
            var text = await Page.EvaluateAsync<string>("() => document.body?.innerText ?? ''");
            throw new InvalidOperationException($"{Page.Url} (HTTP {Status}, from {Document ?? "-"}) has no period filter; it says: {text[..Math.Min(text.Length, 400)]}");
        }
        while (true)
        {
            await Page.SelectOptionAsync("select[name=period]", period);
            try
            {
                await Page.WaitForFunctionAsync("p => location.search.includes(p)", $"period={period}", new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // Not handled yet: select another value first, so that choosing this one is a change again.
                await Page.SelectOptionAsync("select[name=period]", "other");
            }
        }
    }

    /// <summary>
    /// What the page says (cards, summaries, data tables), without the charts' drawing, which ApexCharts animates in, and
    /// without noscript (raw text as parsed, elements once the circuit renders it again).
    /// </summary>
    public async Task<string> MainTextAsync()
    {
        // A circuit that loads its view again shows "Loading the figures…" (or the product, the codes) meanwhile.
        await Page.WaitForFunctionAsync("() => !/Loading the|Loading…/.test(document.querySelector('main')?.innerText ?? 'Loading…')");
        return await Page.EvaluateAsync<string>("""
        () => {
            const main = document.querySelector('main').cloneNode(true);
            main.querySelectorAll('.apexcharts-canvas, svg, noscript').forEach(e => e.remove());
            return main.textContent.split('\n').map(l => l.trim()).filter(l => l).join('\n');
        }
        """);
    }

    public string Describe() =>
        $"{Page.Url[Page.Url.IndexOf('/', 8)..],-36} cookie {Cookie ?? "-"}  page from {Document ?? "-"}  negotiation from {Negotiation ?? "-"}  WebSocket from {string.Join(",", WebSockets)}";

    private async Task WaitForCircuitAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((WebSockets.IsEmpty || Negotiation is null) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Cookie = (await Context.CookiesAsync()).FirstOrDefault(c => c.Name == "MT_NODE")?.Value;
    }
}

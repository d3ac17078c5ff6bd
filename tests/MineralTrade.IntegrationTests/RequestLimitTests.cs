using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace MineralTrade.IntegrationTests;

/// <summary>Per-address rates, caps on heavy work, and timeouts, seen from clients on their own loopback addresses.</summary>
public class RequestLimitTests
{
    /// <summary>Every path that computes over many figures: each must be limited as heavy.</summary>
    public static readonly string[] HeavyPaths =
        ["/api/growth", "/api/totals", "/api/figures.csv", "/api/mirror", "/api/mirror.csv", "/api/charts/growth.csv", "/", "/figures", "/products", "/products/74", "/compare"];

    // /api/figures answers a page through an index (docs/decisions/0094): as light as the categories.
    private static readonly string[] s_lightPaths = ["/api/categories", "/api/targets", "/api/imports", "/api/figures", "/about", "/health"];

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.Clone();
    }

    [Fact]
    public async Task HeavyRequests_PastTheAddressesRate_Get429WithRetryAfter_WhileLightOnesAndOtherAddressesAreServed()
    {
        await using var app = new KestrelApp(new()
        {
            ["RequestLimits:Heavy:Burst"] = HeavyPaths.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RequestLimits:Heavy:Every"] = "01:00:00",
        });
        using var reader = app.ClientFrom("127.0.0.2");

        foreach (var path in HeavyPaths)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        }
        foreach (var path in HeavyPaths)
        {
            var refused = await reader.GetAsync(path);
            Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, $"{path}: {refused.StatusCode}");
            Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
            var detail = (await ProblemAsync(refused)).GetProperty("detail").GetString();
            Assert.Contains("127.0.0.2", detail, StringComparison.Ordinal);
            Assert.Contains("RequestLimits:Heavy", detail, StringComparison.Ordinal);
        }
        foreach (var path in s_lightPaths)
        {
            Assert.True((await reader.GetAsync(path)).IsSuccessStatusCode, path);
        }
        using var another = app.ClientFrom("127.0.0.3");
        Assert.Equal(HttpStatusCode.OK, (await another.GetAsync("/api/growth")).StatusCode);
    }

    [Fact]
    public async Task AnyRequest_PastTheAddressesGeneralRate_Gets429_ButHealthProbesNever()
    {
        await using var app = new KestrelApp(new() { ["RequestLimits:Requests:Burst"] = "3", ["RequestLimits:Requests:Every"] = "01:00:00" });
        using var client = app.ClientFrom("127.0.0.2");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/api/categories")).StatusCode);
        }
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i % 2 == 0 ? "/health" : "/health/ready")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Imports_PastTheirRate_Get429_WhateverTheAnswerWouldHaveBeen()
    {
        await using var app = new KestrelApp(new()
        {
            ["RequestLimits:Imports:Burst"] = "1", ["RequestLimits:Imports:Every"] = "01:00:00", ["Import:ApiKey"] = ImportApp.Key,
        });
        using var client = app.ClientFrom("127.0.0.2");
        client.DefaultRequestHeaders.Add("X-Api-Key", ImportApp.Key);

        // The right key with a file that is not one: the first answer is 400, and the next one is not even looked at.
        var first = await client.PostAsync("/api/imports", new StringContent("x", Encoding.UTF8, "text/csv"));
        var second = await client.PostAsync("/api/imports", new StringContent("x", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("(RequestLimits:Imports)", (await ProblemAsync(second)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_SwitchedOff_RefuseNothing()
    {
        await using var app = new KestrelApp(new() { ["RequestLimits:Enabled"] = "false", ["RequestLimits:Heavy:Burst"] = "1", ["RequestLimits:Heavy:Every"] = "01:00:00" });
        using var client = app.ClientFrom("127.0.0.2");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/growth")).StatusCode);
        }
    }

    [Fact]
    public async Task OneAddressFloodingAHeavyEndpoint_GetsRefused_WhileAnotherIsServedInTime()
    {
        await using var app = new KestrelApp(new()
        {
            ["RequestLimits:HeavyConcurrentPerClient"] = "2",
            ["RequestLimits:HeavyQueuePerClient"] = "2",
            ["RequestLimits:HeavyConcurrent"] = "4",
            // No queue for the server as a whole: had the flood taken every slot, the other reader would get 503.
            ["RequestLimits:HeavyQueue"] = "0",
            ["RequestLimits:HeavyTimeout"] = "00:00:10",
        });
        _ = app.Address;
        app.Slow.Delay = TimeSpan.FromMilliseconds(200);
        using var flooder = app.ClientFrom("127.0.0.2");
        using var reader = app.ClientFrom("127.0.0.3");

        var flood = Enumerable.Range(0, 40).Select(_ => flooder.GetAsync("/api/growth")).ToList();
        var readerTimes = new List<(HttpStatusCode Status, TimeSpan Took)>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await reader.GetAsync("/api/growth?category=copper");
            readerTimes.Add((response.StatusCode, watch.Elapsed));
        }
        var flooded = await Task.WhenAll(flood);

        Assert.All(readerTimes, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(readerTimes, r => Assert.True(r.Took < TimeSpan.FromSeconds(10), $"the reader waited {r.Took}"));
        Assert.All(flooded, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.Contains(flooded, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        var refused = flooded.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("RequestLimits:HeavyConcurrentPerClient", (await ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeavyWork_FromAllAddresses_PastTheServersCapacity_Gets503WithRetryAfter()
    {
        await using var app = new KestrelApp(new() { ["RequestLimits:HeavyConcurrent"] = "1", ["RequestLimits:HeavyQueue"] = "0", ["RequestLimits:BusyRetryAfter"] = "00:00:07" });
        _ = app.Address;
        app.Slow.Delay = TimeSpan.FromSeconds(2);
        using var first = app.ClientFrom("127.0.0.2");
        using var second = app.ClientFrom("127.0.0.3");

        var running = first.GetAsync("/api/totals");
        await Task.Delay(500);
        var refused = await second.GetAsync("/api/totals");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("RequestLimits:HeavyConcurrent", (await ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
    }

    [Fact]
    public async Task SlowHeavyRequest_IsStoppedAtItsTimeout_With504ProblemJson()
    {
        await using var app = new KestrelApp(new() { ["RequestLimits:HeavyTimeout"] = "00:00:00.5" });
        _ = app.Address;
        app.Slow.Delay = TimeSpan.FromSeconds(30);
        using var client = app.ClientFrom("127.0.0.2");

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync("/api/growth");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("RequestLimits:HeavyTimeout", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"answered after {watch.Elapsed}");
    }

    [Theory]
    [InlineData("/", "This view took longer to read than one request may")]
    [InlineData("/figures", "This view took longer to read than one request may")]
    [InlineData("/?culture=ur", "اس منظر کو پڑھنے میں ایک درخواست کی مقررہ حد سے زیادہ وقت لگا")]
    [InlineData("/figures?culture=zh-Hans", "读取此视图所需的时间超过了一次请求允许的时长")]
    public async Task SlowPage_IsStoppedAtItsTimeout_With504AndAMessage_NotLeftHanging(string path, string message)
    {
        await using var app = new KestrelApp(new() { ["RequestLimits:HeavyTimeout"] = "00:00:00.5" });
        _ = app.Address;
        app.Slow.Delay = TimeSpan.FromSeconds(30);
        using var client = app.ClientFrom("127.0.0.2");

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync(path);

        // A page answers in HTML, the view replaced by what happened and how to narrow it.
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("RequestLimits:HeavyTimeout", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task RequestWaitingForASlot_PastItsTimeout_Gets504_NotAnEmptyAnswer()
    {
        await using var app = new KestrelApp(new()
        {
            ["RequestLimits:HeavyConcurrentPerClient"] = "1",
            ["RequestLimits:HeavyQueuePerClient"] = "1",
            ["RequestLimits:HeavyTimeout"] = "00:00:01",
        });
        _ = app.Address;
        app.Slow.Delay = TimeSpan.FromSeconds(30);
        using var client = app.ClientFrom("127.0.0.2");

        var running = client.GetAsync("/api/growth");
        await Task.Delay(200);
        var waiting = await client.GetAsync("/api/totals");

        Assert.Equal(HttpStatusCode.GatewayTimeout, waiting.StatusCode);
        Assert.Contains("RequestLimits:HeavyTimeout", (await ProblemAsync(waiting)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await running).StatusCode);
    }

    [Theory]
    [InlineData(null, "203.0.113.7", "127.0.0.1")]
    [InlineData("127.0.0.1", "203.0.113.7", "203.0.113.7")]
    public async Task ClientAddress_ComesFromForwardedHeaders_OnlyFromAConfiguredBalancer(string? knownProxy, string forwardedFor, string limitedAddress)
    {
        var settings = new Dictionary<string, string?> { ["RequestLimits:Heavy:Burst"] = "1", ["RequestLimits:Heavy:Every"] = "01:00:00" };
        if (knownProxy is not null)
        {
            settings["Security:ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }
        await using var app = new KestrelApp(settings);
        using var balancer = app.ClientFrom("127.0.0.1");

        async Task<HttpResponseMessage> FromAsync(string client)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/growth");
            request.Headers.Add("X-Forwarded-For", client);
            return await balancer.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await FromAsync(forwardedFor)).StatusCode);
        var again = await FromAsync(forwardedFor);
        var otherClient = await FromAsync("203.0.113.8");

        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Contains($"({limitedAddress})", (await ProblemAsync(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Behind a configured balancer each client has its own limits; without one, every client shares the balancer's.
        Assert.Equal(knownProxy is null ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task ViewBroaderThanTheComputeCap_IsRefusedWithAWayToNarrowIt_NarrowViewsSummariesAndTheExtractAreServed()
    {
        await using var app = new KestrelApp(new() { ["RequestLimits:MaxFiguresPerRequest"] = "20" });
        using var client = app.ClientFrom("127.0.0.2");

        // An HS code view's totals are computed from its figures (no summary holds them): past the cap, refused.
        foreach (var path in new[] { "/api/totals?hs=TOTAL" })
        {
            var refused = await client.GetAsync(path);
            Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, $"{path}: {refused.StatusCode}");
            var problem = await ProblemAsync(refused);
            Assert.Contains("RequestLimits:MaxFiguresPerRequest", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(20, problem.GetProperty("limit").GetInt32());
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/totals?hs=2603")).StatusCode);
        Assert.Contains("More than 20 figures match this view", await client.GetStringAsync("/?hs=TOTAL"), StringComparison.Ordinal);
        // The page says it in the reader's language, under a heading about the view (not the link's filters).
        var chinese = await client.GetStringAsync("/?hs=TOTAL&culture=zh-Hans");
        Assert.Contains("与此视图匹配的数据超过 20 条", chinese, StringComparison.Ordinal);
        Assert.Contains("无法显示此视图", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("figures match this view", chinese, StringComparison.Ordinal);
        // Views read from the summaries compute over no figure at all (docs/decisions/0090): served whatever the cap.
        foreach (var path in new[] { "/api/growth", "/api/totals", "/api/growth?hs=TOTAL" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
        Assert.DoesNotContain("filter-errors", await client.GetStringAsync("/"), StringComparison.Ordinal);
        // The extract streams every figure whatever the cap.
        var csvLines = (await client.GetStringAsync("/api/figures.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(csvLines > 20 + 1, $"{csvLines} lines");
    }
}

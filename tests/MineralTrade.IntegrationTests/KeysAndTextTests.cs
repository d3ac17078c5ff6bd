using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MineralTrade.Tests;

namespace MineralTrade.IntegrationTests;

/// <summary>The import key's rules and the text rules of issue 17, item 5 (docs/security.md, decision 0082).</summary>
public sealed class KeysAndTextTests
{
    private static HttpRequestMessage Import(string key, string body = "x")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new StringContent(body, Encoding.UTF8, "text/csv") };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Fact]
    public async Task RightKey_AfterTenWrongOnesFromTheSameAddress_IsServed_WhileGuessingIsThrottled()
    {
        await using var app = new KestrelApp(new() { ["Import:ApiKey"] = ImportApp.Key, ["RequestLimits:Imports:Burst"] = "10" });
        using var office = app.ClientFrom("127.0.0.2");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await office.SendAsync(Import($"guess-{i}"))).StatusCode);
        }

        using var guess = await office.SendAsync(Import("guess-10"));
        using var right = await office.SendAsync(Import(ImportApp.Key));

        Assert.Equal(HttpStatusCode.TooManyRequests, guess.StatusCode);
        Assert.Contains("with a wrong or missing key than its limit (RequestLimits:ImportKeyFailures)", await guess.Content.ReadAsStringAsync());
        // The right key is looked at: its answer is the file's (not a CSV), not the guesses' limit.
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
    }

    [Fact]
    public async Task ConfiguredKey_ShorterThanTheMinimum_StopsTheStart_SayingWhy()
    {
        await using var app = new ImportApp(apiKey: "change-me");

        var refused = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Import:ApiKey is shorter than 20 characters", refused.Message);
    }

    [Fact]
    public async Task Import_OverPlainHttpOutsideDevelopment_IsRefused_UnlessABalancerThatEndedTlsSendsIt()
    {
        await using var app = new KestrelApp(new() { ["Import:ApiKey"] = ImportApp.Key, ["Security:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" }, "Production");
        using var direct = app.ClientFrom("127.0.0.2");
        using var balancer = app.ClientFrom("127.0.0.1");

        using var plain = await direct.SendAsync(Import(ImportApp.Key));
        var forwarded = Import(ImportApp.Key);
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        using var throughTls = await balancer.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.Forbidden, plain.StatusCode);
        Assert.Contains("Imports need HTTPS", await plain.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, throughTls.StatusCode); // past the key: "x" is not a file
    }

    [Theory]
    [InlineData("\u202E", "U+202E, right-to-left override")]
    [InlineData("\u2066", "U+2066, left-to-right isolate")]
    [InlineData("\u200B", "U+200B")]
    [InlineData("\u00AD", "U+00AD")]
    [InlineData("\uFEFF", "U+FEFF")]
    [InlineData("\u2028", "U+2028")]
    public async Task InvisibleCharacter_InImportedText_IsRejectedWithLineColumnAndReason(string invisible, string named)
    {
        await using var app = new ImportApp();
        var before = await app.SnapshotAsync();

        using var response = await app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(period: "2019", cmdDesc: $"Copper ores{invisible}exe.txt")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = problem.RootElement.GetProperty("problems")[0];
        Assert.Equal(2, first.GetProperty("line").GetInt64());
        Assert.Equal("cmdDesc", first.GetProperty("column").GetString());
        Assert.Contains($"holds an invisible character ({named})", first.GetProperty("reason").GetString());
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Joiners_InUrduText_AreKept()
    {
        await using var app = new ImportApp();

        // The zero-width non-joiner parts two letters that would join: Urdu and Persian need it.
        using var response = await app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(period: "2019", cmdDesc: "تانبے کی\u200Cکچ دھات")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FileName_WithABidiControl_IsRecordedAndShownNeutralised()
    {
        await using var app = new ImportApp();

        using var response = await app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(period: "2019")]), "?fileName=evil%E2%80%AEtxt.exe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"fileName\":\"evil\uFFFDtxt.exe\"", await response.Content.ReadAsStringAsync());
        var about = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/about"));
        Assert.Contains("evil\uFFFDtxt.exe", about);
        var at = about.IndexOf('\u202E');
        Assert.True(at < 0, at < 0 ? "" : about.Substring(Math.Max(0, at - 300), 400));
    }

    [Theory]
    [InlineData("/api/figures?from=2020%00", "from")]
    [InlineData("/api/figures?limit=10%00", "limit")]
    [InlineData("/api/figures?hs=74%00", "hs")]
    [InlineData("/api/growth?to=2025%01", "to")]
    [InlineData("/api/imports?limit=5%0A", "limit")]
    [InlineData("/api/figures?unknown%00=1", "unknown\u0000")]
    [InlineData("/figures?from=2020%00", "from")]
    [InlineData("/api/figures.csv?category=copper%C2%85", "category")]
    public async Task ControlCharacter_InAnyQueryParameter_Is400NamingIt(string url, string parameter)
    {
        await using var app = new MineralTradeApp();

        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }
}

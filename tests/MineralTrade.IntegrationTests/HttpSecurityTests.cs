using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace MineralTrade.IntegrationTests;

/// <summary>The headers every answer carries, HTTPS outside Development, Swagger UI by setting, and HEAD wherever GET.</summary>
public partial class HttpSecurityTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [Fact]
    public async Task Page_RunsOnlyItsOwnScripts_AndItsImportMapByHash()
    {
        var response = await app.CreateClient().GetAsync("/");
        var importMap = ImportMap().Match(await response.Content.ReadAsStringAsync());
        var csp = Directives(response);

        Assert.True(importMap.Success);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups[1].Value)));
        Assert.Equal(["'self'", $"'sha256-{hash}'"], csp["script-src"]);
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'"], csp["connect-src"]);
        Assert.Equal(["'self'", "data:"], csp["img-src"]);
        Assert.Equal(["'self'"], csp["font-src"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.DoesNotContain("'unsafe-inline'", csp["style-src-elem"]);
        Assert.DoesNotContain(csp.Values.SelectMany(v => v), source => source.Contains("unsafe-eval", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/figures?category=zinc", true)]
    [InlineData("/about", true)]
    [InlineData("/no-such-page", true)]
    [InlineData("/api/categories", false)]
    [InlineData("/api/figures?from=abc", false)]
    [InlineData("/api/figures.csv?category=zinc", false)]
    [InlineData("/health", false)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path, bool isPage)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = Directives(response);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(isPage ? ["'self'"] : ["'none'"], csp["default-src"]);
    }

    [Fact]
    public async Task Server_DoesNotSayWhatItIs()
    {
        await using var kestrel = new KestrelApp();
        using var client = kestrel.ClientFrom("127.0.0.2");

        var response = await client.GetAsync("/api/categories");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task Head_AnswersWhereverGetDoes_WithTheSameStatusAndNoBody()
    {
        await using var kestrel = new KestrelApp();
        using var client = kestrel.ClientFrom("127.0.0.2");
        var paths = kestrel.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // No method metadata: any method (the health checks).
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Where(e => e.RoutePattern.Parameters.Count == 0 && e.Metadata.GetMetadata<HubMetadata>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            // The font slices are alike (hundreds, decision 0111): their stylesheets and one of each language stand for them.
            .GroupBy(p => p.StartsWith("/lib/fonts/", StringComparison.Ordinal) && p.EndsWith(".woff2", StringComparison.Ordinal) ? p[..p.LastIndexOf('/')] : p)
            .Select(g => g.First())
            .ToList();
        Assert.Contains("/api/growth", paths);
        Assert.Contains("/", paths);

        foreach (var path in paths)
        {
            var get = await client.GetAsync(path);
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

            Assert.True(get.StatusCode == head.StatusCode, $"{path}: GET {get.StatusCode}, HEAD {head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("Production", null, HttpStatusCode.NotFound)]
    [InlineData("Production", "true", HttpStatusCode.OK)]
    [InlineData("Development", null, HttpStatusCode.OK)]
    [InlineData("Development", "false", HttpStatusCode.NotFound)]
    public async Task SwaggerUi_IsServedOnlyWhereConfigured_TheDocumentAlways(string environment, string? setting, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?>();
        if (setting is not null)
        {
            settings["Security:SwaggerUi"] = setting;
        }
        await using var kestrel = new KestrelApp(settings, environment);
        using var client = kestrel.ClientFrom("127.0.0.2");

        Assert.Equal(expected, (await client.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
    }

    [Theory]
    [InlineData("Production", null, HttpStatusCode.TemporaryRedirect)]
    [InlineData("Production", "false", HttpStatusCode.OK)]
    [InlineData("Development", null, HttpStatusCode.OK)]
    public async Task PlainHttp_IsRedirectedToHttps_OutsideDevelopment_UnlessSwitchedOff(string environment, string? setting, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?> { ["https_port"] = "443" };
        if (setting is not null)
        {
            settings["Security:HttpsRedirection"] = setting;
        }
        await using var kestrel = new KestrelApp(settings, environment);
        using var client = kestrel.ClientFrom("127.0.0.2");

        var response = await client.GetAsync("/api/categories");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.TemporaryRedirect)
        {
            Assert.Equal("https://127.0.0.1/api/categories", response.Headers.Location?.ToString());
        }
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task BehindABalancerThatEndsTls_HttpsIsNotRedirectedAgain_AndHstsIsSent()
    {
        await using var kestrel = new KestrelApp(new() { ["https_port"] = "443", ["Security:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" }, "Production");
        using var balancer = kestrel.ClientFrom("127.0.0.1");

        async Task<HttpResponseMessage> ForwardAsync(string scheme)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/categories");
            request.Headers.Host = "mineraltrade.example";
            request.Headers.Add("X-Forwarded-Proto", scheme);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            return await balancer.SendAsync(request);
        }

        var overHttps = await ForwardAsync("https");
        var overHttp = await ForwardAsync("http");

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.Equal("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(HttpStatusCode.TemporaryRedirect, overHttp.StatusCode);
        Assert.Equal("https://mineraltrade.example/api/categories", overHttp.Headers.Location?.ToString());
    }
}

using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Reliability;
using MineralTrade.Web.Features.Figures;
using Xunit.Abstractions;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A few hundred query strings from a fixed seed (FuzzQueries, shared with tests/reliability/fuzz for the long run)
/// over every GET endpoint and page.
/// </summary>
public class FuzzTests(FuzzTests.FuzzApp app, ITestOutputHelper output) : IClassFixture<FuzzTests.FuzzApp>
{
    public const int Seed = 20261128, Cases = 300;

    /// <summary>One address sends every query in a few seconds: the general rate is raised so that no answer is a 429.</summary>
    public sealed class FuzzApp : MineralTradeApp
    {
        protected override Dictionary<string, string?> Settings => new(base.Settings) { ["RequestLimits:Requests:Burst"] = "100000" };
    }

    [Fact]
    public async Task FixedSeedQueries_GetNo5xx_AndEveryRefusalIsProblemJsonNamingItsParameter()
    {
        var queries = new FuzzQueries(Seed);
        var client = app.CreateClient();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Cases; i++)
        {
            var query = queries.Next();
            var response = await client.GetAsync(query.Url);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (FuzzQueries.Check(query, status, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()) is { } failure)
            {
                failures.Add($"{query.Url}: {failure}");
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The seed must keep exercising both sides: answers and refusals.
        Assert.True(statuses.GetValueOrDefault(200) > Cases / 4 && statuses.GetValueOrDefault(400) > Cases / 10, string.Join(", ", statuses));
    }

    [Fact]
    public void Fuzz_WritesEveryFilterParameter() => Assert.Equal(FilterParameter.All, FuzzQueries.FilterParameters);

    [Fact]
    public void Fuzz_CoversEveryGetEndpointAndPage()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // No method metadata: any method (the health checks).
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            // The application's own endpoints and pages; static files (which read no query) are not fuzzed.
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null || e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)
                || e.RoutePattern.RawText!.TrimStart('/').StartsWith("health", StringComparison.Ordinal))
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            // The error and not-found pages are shown for other requests, never linked with a filter.
            .Except(["/Error", "/not-found"])
            .ToList();
        var fuzzed = FuzzQueries.AllPaths.ToList();

        // A route with a parameter ("/products/{HsCode}") is covered by a path under its fixed part.
        Assert.All(routes, route => Assert.True(
            route.Contains('{', StringComparison.Ordinal)
                ? fuzzed.Any(path => path.StartsWith(route[..route.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal) && !routes.Contains(path))
                : fuzzed.Contains(route),
            $"{route} is not fuzzed: add it to FuzzQueries"));
        Assert.All(fuzzed, path => Assert.True(routes.Any(route => route == path || route.Contains('{', StringComparison.Ordinal)
            && path.StartsWith(route[..route.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal)), $"{path} is no route"));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using MineralTrade.Tests;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// Every link of every page leads somewhere that is served in Production, as deployed (no Swagger UI there unless
/// configured), and a link to a part of a page finds that part.
/// </summary>
public sealed partial class LinkTests(LinkTests.ProductionApp app) : IClassFixture<LinkTests.ProductionApp>
{
    public sealed class ProductionApp : MineralTradeApp
    {
        // Plain HTTP in the test host: the redirect to HTTPS would hide what each address answers.
        protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Security:HttpsRedirection"] = "false" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    public static TheoryData<string> Pages() => [.. RoutedPages.Addresses().Where(a => !a.StartsWith("/Error", StringComparison.OrdinalIgnoreCase))];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryLinkOfThePage_IsServed_AndItsFragmentIsThere(string page)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var html = await client.GetStringAsync(page);
        var broken = new List<string>();
        foreach (var href in Hrefs().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct(StringComparer.Ordinal))
        {
            if (href.StartsWith('#'))
            {
                if (!html.Contains($"id=\"{href[1..]}\"", StringComparison.Ordinal))
                {
                    broken.Add($"{href}: no element with id '{href[1..]}' on the page");
                }
                continue;
            }
            if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
            {
                continue; // another site's
            }
            var (path, fragment) = href.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (href[..hash], href[(hash + 1)..]) : (href, null);
            var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 400)
            {
                broken.Add($"{href}: {(int)response.StatusCode}");
            }
            else if (fragment is { Length: > 0 } && !(await response.Content.ReadAsStringAsync()).Contains($"id=\"{fragment}\"", StringComparison.Ordinal))
            {
                broken.Add($"{href}: no element with id '{fragment}'");
            }
        }
        Assert.True(broken.Count == 0, $"{page} links what is not served:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [GeneratedRegex("<a [^>]*href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();
}

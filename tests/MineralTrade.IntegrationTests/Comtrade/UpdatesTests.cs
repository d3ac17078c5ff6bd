using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using MineralTrade.ComtradeStandIn;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary><c>/updates</c> and <c>/updates.atom</c> say what each fetch added, revised and withdrew (issue 22 item 6).</summary>
public sealed partial class UpdatesTests
{
    private static readonly DateTime s_rerelease = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>From 2025, so that each month of 2026 has its like-for-like month a year earlier.</summary>
    private static Task<FetchHarness> StartAsync(bool hostile = false) => FetchHarness.StartAsync(
        settings: new() { ["Comtrade:Track:0:FromYear"] = "2025", ["Comtrade:Track:1:FromYear"] = "2025" },
        standIn: new StandInOptions { FirstYear = 2025, LastMonth = 202603, LastYear = 2024, Partners = 3, HostileText = hostile });

    /// <summary>A first fetch, then a run that brings April 2026, revises chapter 26 of February and withdraws chapter 74 of March.</summary>
    private static async Task<(int First, int Second)> TwoRunsAsync(FetchHarness h)
    {
        await h.FetchAsync();
        h.StandIn.Book.Publish("M", 156, 202604, s_rerelease);
        h.StandIn.Book.Publish("M", 156, 202602, s_rerelease, [(("M", 586, "26"), 12_100_000m)]);
        h.StandIn.Book.Publish("M", 156, 202603, s_rerelease, [(("M", 586, "74"), null)]);
        await h.FetchAsync();
        var ids = await h.App.QueryAsync(db => db.Imports.AsNoTracking().Where(i => i.Format == ImportFormat.ComtradeApi).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        return (ids[0], ids[1]);
    }

    [Fact]
    public async Task UpdatesPage_SaysWhatEachRunAddedRevisedAndWithdrew_NewestFirst()
    {
        await using var h = await StartAsync();
        var (first, second) = await TwoRunsAsync(h);

        var page = System.Net.WebUtility.HtmlDecode(await h.App.CreateClient().GetStringAsync("/updates"));

        var sections = Sections().Matches(page).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([second, first], sections.Take(2));
        var latest = page[page.IndexOf($"id=\"import-{second}\"", StringComparison.Ordinal)..page.IndexOf($"id=\"import-{first}\"", StringComparison.Ordinal)];
        Assert.Contains("China's imports of ", latest, StringComparison.Ordinal);
        Assert.Matches(@"\(26\) from Pakistan</bdi>, Feb 2026: \$12\.1 M, was \$[\d.]+ [MK]", latest);
        Assert.Matches(@"\(74\) from Pakistan</bdi>, Mar 2026: withdrawn, was \$", latest);
        Assert.Contains("Apr 2026:", latest, StringComparison.Ordinal);
        // Each move is like for like: the same months a year earlier.
        var moves = Moves().Matches(latest).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.Equal(m.Item1.Replace("2026", "2025", StringComparison.Ordinal), m.Item2));
        Assert.Contains("/api/figures/", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatesFeed_IsAtom_OneEntryARun_LinkingToItOnThePage()
    {
        await using var h = await StartAsync();
        var (first, second) = await TwoRunsAsync(h);

        using var answer = await h.App.CreateClient().GetAsync("/updates.atom");

        Assert.Equal("application/atom+xml", answer.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await answer.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("tag:mineraltrade,2026:updates", feed.Id);
        var entries = feed.Items.ToList();
        Assert.Equal([$"tag:mineraltrade,2026:import/{second}", $"tag:mineraltrade,2026:import/{first}"], entries.Take(2).Select(e => e.Id));
        Assert.Equal(new Uri($"http://localhost/updates?before={second + 1}#import-{second}"), entries[0].Links.Single().Uri);
        var text = ((TextSyndicationContent)entries[0].Content).Text;
        Assert.Matches(@"\(26\) from Pakistan\u2069, Feb 2026: \$12\.1 M, was \$", text);
        Assert.Contains("Withdrawn:", text, StringComparison.Ordinal);
        Assert.Contains("Largest moves", text, StringComparison.Ordinal);
        Assert.Equal(entries[0].LastUpdatedTime, feed.LastUpdatedTime);
    }

    [Fact]
    public async Task Feed_StaysEnglish_WhenTheReaderAsksForChinese_WhileThePageNamesItsPeriodsInChinese()
    {
        await using var h = await StartAsync();
        await TwoRunsAsync(h);
        var client = h.App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var feed = await client.GetStringAsync("/updates.atom?culture=zh-Hans");
        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/updates?culture=zh-Hans"));

        // The feed is machine-read, as the API: English periods (decision 0110), not the request's.
        using var reader = XmlReader.Create(new StringReader(feed));
        var text = ((TextSyndicationContent)SyndicationFeed.Load(reader).Items.First().Content).Text;
        Assert.Contains("Feb 2026: $12.1 M, was $", text, StringComparison.Ordinal);
        Assert.Contains("Apr 2026:", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", feed);
        // The revision's line names its month in Chinese (the fetch's own message, marked lang=en, stays as written).
        Assert.Contains("（26）</bdi>，2026年2月：", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_IsShownAsText_OnThePageAndInTheFeed()
    {
        await using var h = await StartAsync(hostile: true);
        await TwoRunsAsync(h);
        var client = h.App.CreateClient();

        var page = await client.GetStringAsync("/updates");
        var feed = await client.GetStringAsync("/updates.atom");

        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;\u202E", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", feed, StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(feed));
        var text = ((TextSyndicationContent)SyndicationFeed.Load(reader).Items.First().Content).Text;
        // The override stays inside the series' isolate: it cannot turn the numbers after it around.
        Assert.Matches("\u2068[^\u2069]*\u202E[^\u2069]*\u2069, ", text);
    }

    [Fact]
    public async Task Before_PagesBack_AndABadValueIsNamed()
    {
        await using var h = await StartAsync();
        var (first, second) = await TwoRunsAsync(h);
        var client = h.App.CreateClient();

        var older = await client.GetStringAsync($"/updates?before={second}");
        var bad = await client.GetAsync("/updates?before=abc");

        Assert.Contains($"id=\"import-{first}\"", older, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"import-{second}\"", older, StringComparison.Ordinal);
        Assert.Contains("href=\"/updates\">Newest", older, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, bad.StatusCode);
        // The value typed is shown as typed, isolated and marked verbatim (the words around it are the page's language).
        Assert.Contains("<code>before</code>: &#x27;<bdi data-verbatim>abc</bdi>&#x27; is not an import", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<section class=\"update\" id=\"import-(\\d+)\"")]
    private static partial Regex Sections();

    [GeneratedRegex(@"</bdi></a>,\s+([A-Z][a-z]{2} \d{4}): [^,]+, [+−-][\d,.]+% on ([A-Z][a-z]{2} \d{4})</li>")]
    private static partial Regex Moves();
}

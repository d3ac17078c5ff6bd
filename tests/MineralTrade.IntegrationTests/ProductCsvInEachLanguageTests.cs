using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A product page read in Chinese or Urdu links the same CSV files as in English, and each is the same file byte for
/// byte, in English columns and values (issue 20, item 4): the chart shows "未说明报告方（1）" where its CSV says
/// "Reporter not stated (1)". The reader's client asks in the language three ways (the address, the culture cookie the
/// page sets, <c>Accept-Language</c>) and fetches each file first, before an English client, so that no English answer
/// is cached for it.
/// </summary>
public sealed partial class ProductCsvInEachLanguageTests(PageChartCsvTests.PairsStore store) : IClassFixture<PageChartCsvTests.PairsStore>
{
    [Theory]
    [InlineData("/products/2603", "zh-Hans")]
    [InlineData("/products/2603", "ur")]
    [InlineData("/products/2603?exporter=PK&importer=CN", "zh-Hans")]
    [InlineData("/products/74", "zh-Hans")]
    [InlineData("/products/74", "ur")]
    [InlineData("/products/TOTAL", "zh-Hans")]
    [InlineData("/products/TOTAL", "ur")]
    public async Task ProductPage_InALanguage_LinksTheEnglishPagesCsvFiles_ByteForByte(string path, string language)
    {
        var reader = store.App.CreateClient();
        reader.DefaultRequestHeaders.Add("Accept-Language", language == "ur" ? "ur-PK" : "zh-CN");
        var page = await reader.GetStringAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + language);
        var english = await store.App.CreateClient().GetStringAsync(path);

        Assert.Contains($"<html lang=\"{language}\"", page, StringComparison.Ordinal);
        Assert.Matches(Script(), Regex.Match(page, "<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline).Groups[1].Value);
        var links = CsvLinks(page);
        Assert.Equal(CsvLinks(english), links);
        Assert.Contains(links, l => l.StartsWith("/api/products/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/api/figures.csv", StringComparison.Ordinal));

        foreach (var link in links)
        {
            var inLanguage = await reader.GetAsync(link);
            var inEnglish = await store.App.CreateClient().GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, inLanguage.StatusCode);
            Assert.Equal("text/csv", inLanguage.Content.Headers.ContentType?.MediaType);
            var bytes = await inLanguage.Content.ReadAsByteArrayAsync();
            Assert.Equal(await inEnglish.Content.ReadAsByteArrayAsync(), bytes);
            Assert.False(Script().IsMatch(Encoding.UTF8.GetString(bytes)), $"{link}: Chinese or Urdu words in the CSV of a {language} page");
            Assert.Equal(FileName(inEnglish), FileName(inLanguage));
        }
    }

    [Fact]
    public async Task AnUnstatedReportersSeries_IsNamedInThePagesLanguage_AndInEnglishInItsCsv()
    {
        var page = await store.App.CreateClient().GetStringAsync("/products/74?culture=zh-Hans");
        var csv = await store.App.CreateClient().GetStringAsync("/api/products/74/charts/series-annual.csv?exporter=PK&importer=CN");

        Assert.Contains("未说明报告方（1）", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Reporter not stated", page, StringComparison.Ordinal);
        Assert.Contains(",Reporter not stated (1),", csv, StringComparison.Ordinal);
    }

    /// <summary>Every CSV the page links (its figures, its comparisons, each chart's), as addresses, in the page's order.</summary>
    private static List<string> CsvLinks(string html) =>
        [.. CsvHref().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    [GeneratedRegex("href=\"(/api/[^\"]*\\.csv[^\"]*)\"")]
    private static partial Regex CsvHref();

    /// <summary>Chinese characters or the Arabic script's letters (Urdu).</summary>
    [GeneratedRegex(@"[\u4E00-\u9FFF\u0600-\u06FF]")]
    private static partial Regex Script();
}

using System.Net;
using System.Text.RegularExpressions;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A product page read in Chinese or Urdu links the same CSV files as in English, and each is the same file byte for
/// byte, in English columns and values (issue 20, item 4): the chart shows "未说明报告方（1）" where its CSV says
/// "Reporter not stated (1)". The reader's client asks in the language three ways (the address, the culture cookie the
/// page sets, <c>Accept-Language</c>); the files are checked by <see cref="CsvInEachLanguage"/>.
/// </summary>
public sealed class ProductCsvInEachLanguageTests(PageChartCsvTests.PairsStore store) : IClassFixture<PageChartCsvTests.PairsStore>
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
        Assert.Matches(CsvInEachLanguage.Script(), Regex.Match(page, "<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline).Groups[1].Value);
        var links = await CsvInEachLanguage.AssertSameFilesAsync(reader, store.App.CreateClient, page, english, language);
        Assert.Contains(links, l => l.StartsWith("/api/products/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/api/figures.csv", StringComparison.Ordinal));
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
}

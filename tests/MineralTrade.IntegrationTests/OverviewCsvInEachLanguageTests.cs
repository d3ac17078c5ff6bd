using System.Net;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The overview read in Chinese or Urdu links the same CSV files as in English (its figures and each chart's numbers),
/// and each is the same file byte for byte, in English columns and values (issue 20): the By category chart's series
/// is "金额（美元）" on the page where its CSV says "Value, US$". The reader's client asks in the language three ways
/// (the address, the culture cookie, <c>Accept-Language</c>); the files are checked by <see cref="CsvInEachLanguage"/>.
/// </summary>
public sealed class OverviewCsvInEachLanguageTests(PageChartCsvTests.PairsStore store) : IClassFixture<PageChartCsvTests.PairsStore>
{
    [Theory]
    [InlineData("/", "zh-Hans", "数据表：", "金额（美元）")]
    [InlineData("/", "ur", "ڈیٹا ٹیبل:", "قدر (امریکی ڈالر)")]
    [InlineData("/?category=copper&category=zinc&from=2022", "zh-Hans", "数据表：", "金额（美元）")]
    [InlineData("/?category=copper&category=zinc&from=2022", "ur", "ڈیٹا ٹیبل:", "قدر (امریکی ڈالر)")]
    [InlineData("/?reporter=PK-SBP", "zh-Hans", "数据表：", "较上年同期增长")]
    [InlineData("/?reporter=PK-SBP", "ur", "ڈیٹا ٹیبل:", "گزشتہ سال کے انہی مہینوں کے مقابلے میں نمو")]
    public async Task Overview_InALanguage_LinksTheEnglishPagesCsvFiles_ByteForByte(string path, string language, string dataTable, string series)
    {
        var reader = store.App.CreateClient();
        reader.DefaultRequestHeaders.Add("Accept-Language", language == "ur" ? "ur-PK" : "zh-CN");
        var page = WebUtility.HtmlDecode(await reader.GetStringAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + language));
        var english = WebUtility.HtmlDecode(await store.App.CreateClient().GetStringAsync(path));

        Assert.Contains($"<html lang=\"{language}\"", page, StringComparison.Ordinal);
        // The charts' own words are the page's language: the data table's disclosure, a series' name in the options.
        Assert.Contains(dataTable, page, StringComparison.Ordinal);
        Assert.Contains(series, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Data table:", page, StringComparison.Ordinal);
        var links = await CsvInEachLanguage.AssertSameFilesAsync(reader, store.App.CreateClient, page, english, language);
        Assert.Contains(links, l => l.StartsWith("/api/charts/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/api/figures.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASeriesName_IsThePagesLanguage_AndEnglishInTheChartsCsv()
    {
        var page = WebUtility.HtmlDecode(await store.App.CreateClient().GetStringAsync("/?culture=zh-Hans"));
        var csv = await store.App.CreateClient().GetStringAsync("/api/charts/by-category.csv");

        // The chart's options (however the page quotes them) name the series in Chinese.
        Assert.Matches("name.{1,6}金额（美元）", page);
        Assert.DoesNotContain("Value, US$", page, StringComparison.Ordinal);
        Assert.Contains("Value, US$", csv, StringComparison.Ordinal);
    }
}

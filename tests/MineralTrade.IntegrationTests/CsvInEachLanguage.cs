using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// What a page read in Chinese or Urdu owes its CSV files (issue 20, item 4): it links the same files as the English page,
/// and each is the same file byte for byte (English columns and values, no Chinese or Urdu word) under the same file
/// name. The reader's client fetches each file first, before an English one, so that no English answer is cached for it.
/// </summary>
internal static partial class CsvInEachLanguage
{
    /// <summary>
    /// Checks every CSV link of <paramref name="page"/> (read by <paramref name="reader"/> in <paramref name="language"/>)
    /// against <paramref name="englishPage"/>'s and each file against an English client's (<paramref name="english"/>
    /// makes one per file); returns the links, in the page's order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AssertSameFilesAsync(HttpClient reader, Func<HttpClient> english, string page, string englishPage, string language)
    {
        var links = Links(page);
        Assert.Equal(Links(englishPage), links);
        foreach (var link in links)
        {
            var inLanguage = await reader.GetAsync(link);
            var inEnglish = await english().GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, inLanguage.StatusCode);
            Assert.Equal("text/csv", inLanguage.Content.Headers.ContentType?.MediaType);
            var bytes = await inLanguage.Content.ReadAsByteArrayAsync();
            Assert.Equal(await inEnglish.Content.ReadAsByteArrayAsync(), bytes);
            Assert.False(Script().IsMatch(Encoding.UTF8.GetString(bytes)), $"{link}: Chinese or Urdu words in the CSV of a {language} page");
            Assert.Equal(FileName(inEnglish), FileName(inLanguage));
        }
        return links;
    }

    /// <summary>Every CSV the page links (its figures, its comparisons, each chart's), as addresses, in the page's order.</summary>
    public static List<string> Links(string html) =>
        [.. CsvHref().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    [GeneratedRegex("href=\"(/api/[^\"]*\\.csv[^\"]*)\"")]
    private static partial Regex CsvHref();

    /// <summary>Chinese characters or the Arabic script's letters (Urdu).</summary>
    [GeneratedRegex(@"[\u4E00-\u9FFF\u0600-\u06FF]")]
    public static partial Regex Script();
}

using System.Net;
using System.Text.RegularExpressions;

namespace MineralTrade.IntegrationTests;

/// <summary>Which language a page is answered in (decision 0110): the address, then the cookie, then the browser, then English.</summary>
public sealed partial class LanguageRequestTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    [GeneratedRegex("<html lang=\"([^\"]*)\" dir=\"([^\"]*)\">")]
    private static partial Regex HtmlElement();

    private async Task<(string Lang, string Dir, string Html, HttpResponseMessage Response)> GetAsync(string path, string? cookie = null, string? acceptLanguage = null)
    {
        var client = app.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var match = HtmlElement().Match(html);
        Assert.True(match.Success, html[..Math.Min(400, html.Length)]);
        return (match.Groups[1].Value, match.Groups[2].Value, html, response);
    }

    [Theory]
    [InlineData("/", null, null, "en", "ltr")]
    [InlineData("/?culture=ur", null, null, "ur", "rtl")]
    [InlineData("/products/2603?culture=zh-Hans", null, null, "zh-Hans", "ltr")]
    [InlineData("/about", ".AspNetCore.Culture=c%3Dur%7Cuic%3Dur", null, "ur", "rtl")]
    [InlineData("/figures", null, "zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans", "ltr")]
    [InlineData("/figures", null, "ur-PK", "ur", "rtl")]
    [InlineData("/", null, "fr-FR,de;q=0.5", "en", "ltr")]
    [InlineData("/?culture=en", ".AspNetCore.Culture=c%3Dur%7Cuic%3Dur", "zh-CN", "en", "ltr")]
    [InlineData("/", ".AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans", "ur", "zh-Hans", "ltr")]
    public async Task Page_IsInTheLanguageOfTheAddress_ElseTheCookie_ElseTheBrowser(string path, string? cookie, string? acceptLanguage, string lang, string dir)
    {
        var page = await GetAsync(path, cookie, acceptLanguage);

        Assert.Equal((lang, dir), (page.Lang, page.Dir));
    }

    [Theory]
    [InlineData("/?culture=en", "What's new")]
    [InlineData("/figures?culture=zh-Hans", "最新动态")]
    [InlineData("/about?culture=ur", "کیا نیا ہے")]
    public async Task Nav_LinksWhatsNew_InThePagesLanguage(string path, string words)
    {
        var page = await GetAsync(path);

        Assert.Contains($">{words}</a>", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.Matches("<nav [^>]*>(?:(?!</nav>)[\\s\\S])*href=\"/updates\"", page.Html);
    }

    [Fact]
    public async Task PageText_IsUtf8_NotCharacterReferences_WhileMarkupStaysEncoded()
    {
        var page = await GetAsync("/?culture=ur");

        Assert.Contains(">اردو<", page.Html, StringComparison.Ordinal);
        Assert.Contains(">简体中文<", page.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("&#x[0-9A-F]{3,};", page.Html);
    }

    [Fact]
    public async Task LanguageChosenInTheAddress_IsRemembered_ForTheCircuitAndTheNextVisit()
    {
        var page = await GetAsync("/?culture=ur&category=copper");

        var cookie = Assert.Single(page.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dur%7Cuic%3Dur;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);

        var next = await GetAsync("/products", cookie.Split(';')[0]);
        Assert.Equal("ur", next.Lang);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=fr")]
    public async Task NoLanguageInTheAddress_SetsNoCookie(string path)
    {
        var page = await GetAsync(path, acceptLanguage: "ur");

        Assert.False(page.Response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Api_AnswersTheSameInEveryLanguage_AndSetsNoCookie()
    {
        var client = app.CreateClient();
        var english = await client.GetStringAsync("/api/figures?category=copper");
        var response = await client.GetAsync("/api/figures?category=copper&culture=ur");

        Assert.Equal(english, await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/api/growth?category=aluminium")]
    [InlineData("/api/totals?reporter=PK-SBP")]
    public async Task Api_PeriodLabels_AreEnglish_WhateverTheClientsLanguage(string path)
    {
        var english = await app.CreateClient().GetStringAsync(path);
        var client = app.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", "zh-CN");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dur%7Cuic%3Dur");

        Assert.Equal(english, await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Contains("\"periodLabel\"", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", null)]
    [InlineData("zh-Hans", "lib/fonts/zh-hans")]
    [InlineData("ur", "lib/fonts/ur")]
    public async Task Fonts_AreLinkedOnlyInTheLanguageThatNeedsThem(string culture, string? stylesheet)
    {
        var page = await GetAsync($"/?culture={culture}");
        var linked = Regex.Matches(page.Html, "href=\"/?(lib/fonts/[a-z-]+)[.\"]").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(stylesheet is null ? [] : [stylesheet], linked);
        if (stylesheet is not null)
        {
            var href = Regex.Match(page.Html, "href=\"(/?lib/fonts/[^\"]+)\"").Groups[1].Value;
            var css = await app.CreateClient().GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            var face = Regex.Match(await css.Content.ReadAsStringAsync(), @"url\(([^)]+\.woff2)\)").Groups[1].Value;
            var font = await app.CreateClient().GetAsync(new Uri(new Uri(app.Server.BaseAddress, href), face));
            Assert.Equal(HttpStatusCode.OK, font.StatusCode);
            Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await font.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task LanguageSwitch_LinksEachOtherLanguage_ToTheSameView_AsAPageLoad()
    {
        var page = await GetAsync("/?category=copper&from=2022&culture=zh-Hans");

        Assert.Contains("href=\"/?category=copper&amp;from=2022&amp;culture=ur\" target=\"_top\" hreflang=\"ur\" lang=\"ur\" dir=\"rtl\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?category=copper&amp;from=2022&amp;culture=en\" target=\"_top\" hreflang=\"en\" lang=\"en\" dir=\"ltr\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"current\" aria-current=\"true\" lang=\"zh-Hans\" dir=\"ltr\">简体中文</span>", page.Html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"语言\"", page.Html, StringComparison.Ordinal);
    }
}

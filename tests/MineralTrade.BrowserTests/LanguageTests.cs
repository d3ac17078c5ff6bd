using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MineralTrade.BrowserTests;

/// <summary>The language of the address, kept by the circuit and by the site's links; its fonts; the switch (decision 0110, 0111).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(DashboardServer server, ITestOutputHelper output)
{
    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    private static async Task<(string Lang, string Dir)> HtmlAsync(IPage page) =>
        (await page.EvaluateAsync<string>("() => document.documentElement.lang"), await page.EvaluateAsync<string>("() => document.documentElement.dir"));

    private static Task CircuitAsync(IPage page) => page.Locator("[data-testid='languages'][data-interactive='yes']").WaitForAsync();

    /// <summary>The bytes of the fonts the page fetched, once every face it uses has loaded.</summary>
    private static async Task<long> FontBytesAsync(IPage page, string family, List<IResponse> fonts)
    {
        await page.WaitForFunctionAsync("family => document.fonts.status === 'loaded' && [...document.fonts].some(f => f.family.replaceAll('\"', '') === family && f.status === 'loaded')", family);
        long bytes = 0;
        foreach (var response in fonts.ToList())
        {
            bytes += (await response.BodyAsync()).Length;
        }
        return bytes;
    }

    [Fact]
    public async Task UrduLink_OpensTheViewRightToLeft_TheCircuitAndTheSitesLinksKeepUrdu()
    {
        var (page, errors) = await server.NewPageAsync();
        var fonts = new List<IResponse>();
        page.Response += (_, r) => { if (r.Url.Contains("/lib/fonts/", StringComparison.Ordinal)) lock (fonts) fonts.Add(r); };

        await page.GotoAsync("/?category=copper&culture=ur");
        await CircuitAsync(page);

        Assert.Equal(("ur", "rtl"), await HtmlAsync(page));
        // Rendered again by the circuit, in the circuit's language.
        await Assertions.Expect(page.Locator("[data-testid='languages'] [aria-current]")).ToHaveTextAsync("اردو");
        output.WriteLine($"Urdu fonts fetched for the overview: {await FontBytesAsync(page, "Noto Nastaliq Urdu", fonts):N0} bytes in {fonts.Count} files");

        // A link of the site, taken by the router: the new address says the language too.
        await page.Locator("header.site nav a[href='/products']").ClickAsync();
        await page.WaitForFunctionAsync("() => location.pathname === '/products' && location.search.includes('culture=ur')");
        await Assertions.Expect(page.Locator("[data-testid='languages'] [aria-current]")).ToHaveTextAsync("اردو");
        NoErrors(errors);
    }

    [Fact]
    public async Task Switch_OpensTheSameViewInTheOtherLanguage_AndItsFont()
    {
        var (page, errors) = await server.NewPageAsync();
        var fonts = new List<IResponse>();
        page.Response += (_, r) => { if (r.Url.Contains("/lib/fonts/", StringComparison.Ordinal)) lock (fonts) fonts.Add(r); };
        await page.GotoAsync("/?category=zinc&from=2022");
        await CircuitAsync(page);
        Assert.Equal(("en", "ltr"), await HtmlAsync(page));
        Assert.Empty(fonts);

        await page.GetByTestId("language-zh-Hans").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/?category=zinc&from=2022&culture=zh-Hans", StringComparison.Ordinal));
        Assert.Equal(("zh-Hans", "ltr"), await HtmlAsync(page));
        output.WriteLine($"Chinese fonts fetched for the overview: {await FontBytesAsync(page, "Noto Sans SC", fonts):N0} bytes in {fonts.Count} files");
        Assert.DoesNotContain(fonts, r => r.Url.Contains("/ur", StringComparison.Ordinal));

        // Back to English by the switch: remembered, so the next page without culture= is English too.
        await CircuitAsync(page);
        await page.GetByTestId("language-en").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("culture=en", StringComparison.Ordinal));
        await page.GotoAsync("/about");
        Assert.Equal(("en", "ltr"), await HtmlAsync(page));
        NoErrors(errors);
    }

    [Fact]
    public async Task Urdu_TimeRunsLeftToRight_OnTheStateBanksFiscalYears()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/?reporter=PK-SBP&period=fiscal-year&culture=ur");
        await Charts.WaitForAsync(page, errors, "by-year");

        var labels = page.Locator("[data-chart='by-year'] .apexcharts-xaxis-label");
        var texts = await labels.AllTextContentsAsync();
        Assert.True(texts.Count > 1, string.Join(" | ", texts));
        Assert.All(texts, t => Assert.StartsWith("مالی سال", t, StringComparison.Ordinal));
        // The categories are in time order: the earliest is drawn on the left (decision 0113).
        var first = await labels.First.BoundingBoxAsync();
        var last = await labels.Last.BoundingBoxAsync();
        Assert.True(first!.X < last!.X, $"earliest at {first.X}, latest at {last.X}");
        Assert.Equal(("ur", "rtl"), await HtmlAsync(page));
        NoErrors(errors);
    }

    /// <summary>
    /// Each name in the switch whose script the page's own fonts lack (Chinese, Urdu) that is not drawn in a web face of
    /// its script: a character no loaded face of its font-family covers (drawn by the system, which on Debian's Chromium
    /// has no Chinese font: empty boxes; and writes Urdu in a Naskh face), or a name whose width, in ems, is not that of
    /// the same text laid out afresh in its font family at another size (one laid out before its face arrived, and never
    /// again; Chromium keeps what it chose for the element's font, size included). Empty when every name is drawn in a
    /// face of its script.
    /// </summary>
    private const string UndrawnNamesScript = """
        async () => {
            await document.fonts.ready;
            const covers = (face, cp) => face.unicodeRange.split(',').some(range => {
                const [low, high = low] = range.trim().replace(/^U\+/i, '').split('-').map(h => parseInt(h, 16));
                return low <= cp && cp <= high;
            });
            const faces = [...document.fonts].filter(f => f.status === 'loaded');
            const ems = e => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize);
            const afresh = e => {
                const style = getComputedStyle(e), copy = document.createElement('span');
                copy.lang = e.lang;
                copy.style.cssText = `position: absolute; white-space: nowrap; font-family: ${style.fontFamily}; font-weight: ${style.fontWeight}; font-size: 97px`;
                copy.textContent = e.textContent;
                document.body.append(copy);
                const width = ems(copy);
                copy.remove();
                return width;
            };
            return [...document.querySelectorAll("[data-testid='languages'] [lang]")].flatMap(e => {
                const text = e.textContent.trim();
                const families = getComputedStyle(e).fontFamily.split(',').map(f => f.trim().replace(/^["']|["']$/g, ''));
                const undrawn = [...text].filter(ch => !/[\p{Script=Latin}\s]/u.test(ch))
                    .filter(ch => !faces.some(f => families.includes(f.family.replace(/["']/g, '')) && covers(f, ch.codePointAt(0))));
                if (undrawn.length > 0) return [`${e.lang} "${text}": ${undrawn.join('')} in no face of ${families.join(', ')}`];
                const drawn = ems(e), fresh = afresh(e);
                return Math.abs(drawn - fresh) > 0.03 * fresh ? [`${e.lang} "${text}": drawn ${drawn.toFixed(2)} em wide, ${fresh.toFixed(2)} em laid out afresh in its font`] : [];
            });
        }
        """;

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    [InlineData("ur")]
    public async Task LanguageNames_AreDrawnInAFaceOfTheirScript_OnEveryLanguagesPages(string culture)
    {
        var (page, errors) = await server.NewPageAsync();
        var fonts = new List<IResponse>();
        page.Response += (_, r) => { if (r.Url.Contains("/fonts/language-names/", StringComparison.Ordinal)) lock (fonts) fonts.Add(r); };
        await page.GotoAsync($"/about?culture={culture}");
        await CircuitAsync(page);

        // Faces load as the text is laid out: give them a moment before reading what is still undrawn.
        string[] undrawn = [];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            undrawn = await page.EvaluateAsync<string[]>(UndrawnNamesScript);
            if (undrawn.Length == 0) break;
            await page.WaitForTimeoutAsync(250);
        }
        Assert.True(undrawn.Length == 0, string.Join(Environment.NewLine, undrawn));

        long bytes = 0;
        foreach (var response in fonts.ToList())
        {
            bytes += (await response.BodyAsync()).Length;
        }
        output.WriteLine($"{culture}: the names' faces fetched: {bytes:N0} bytes in {fonts.Count} files");
        Assert.True(bytes < 8 * 1024, $"{bytes:N0} bytes of fonts for the language switch's names");
        NoErrors(errors);
    }

    /// <summary>
    /// The Chinese overview's text in a Chinese face, not in empty boxes: Chromium's own account of the fonts it drew each
    /// element's glyphs with (CDP CSS.getPlatformFontsForNode), once the page's faces have loaded. Debian's Chromium has
    /// no Chinese font, so each CJK character must be drawn by Noto Sans SC (or by a Chinese font of the page's list where
    /// a system has one); with an installed font first in the list, the h1, a bold nav link and the first card's value
    /// stayed in that font's empty boxes after the slices arrived (decision 0111).
    /// </summary>
    [Fact]
    public async Task ChineseOverview_CjkCharacters_AreDrawnInAChineseFace()
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync("/?culture=zh-Hans");
        await CircuitAsync(page);
        await page.EvaluateAsync("() => document.fonts.ready");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        string[] chineseFonts = ["Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC"];

        List<string> undrawn = [];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            undrawn = [];
            var root = (await cdp.SendAsync("DOM.getDocument", new() { ["depth"] = 0 }))!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
            foreach (var selector in new[] { "h1", "header.site nav a.active", "[data-testid='headline-value']" })
            {
                var nodes = (await cdp.SendAsync("DOM.querySelectorAll", new() { ["nodeId"] = root, ["selector"] = selector }))!.Value.GetProperty("nodeIds");
                var texts = await page.Locator(selector).AllTextContentsAsync();
                Assert.True(texts.Count > 0 && texts.Count == nodes.GetArrayLength(), $"{texts.Count} {selector}");
                foreach (var (node, text) in nodes.EnumerateArray().Zip(texts))
                {
                    var id = node.GetInt32();
                    var cjk = text.EnumerateRunes().Count(r => r.Value >= 0x2E80);
                    var fonts = (await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = id }))!.Value.GetProperty("fonts").EnumerateArray()
                        .Select(f => (Family: f.GetProperty("familyName").GetString()!, Glyphs: f.GetProperty("glyphCount").GetInt32())).ToList();
                    var chinese = fonts.Where(f => chineseFonts.Any(c => f.Family.StartsWith(c, StringComparison.Ordinal))).Sum(f => f.Glyphs);
                    if (chinese < cjk)
                    {
                        undrawn.Add($"{selector} \"{text}\": {cjk} CJK characters, {chinese} glyphs in a Chinese face ({string.Join(", ", fonts.Select(f => $"{f.Family} {f.Glyphs}"))})");
                    }
                }
            }
            if (undrawn.Count == 0) break;
            await page.WaitForTimeoutAsync(250);
        }
        Assert.True(undrawn.Count == 0, string.Join(Environment.NewLine, undrawn));
        NoErrors(errors);
    }

    /// <summary>The overview in each language, on a desktop and on a phone: nothing wider than the screen; pictured for the README (docs/screenshots).</summary>
    [Theory]
    [InlineData("en", 390)]
    [InlineData("zh-Hans", 1366)]
    [InlineData("zh-Hans", 390)]
    [InlineData("ur", 1366)]
    [InlineData("ur", 390)]
    public async Task Overview_HasNoHorizontalOverflow(string culture, int width)
    {
        var (page, errors) = await server.NewPageAsync(width, width == 390 ? 844 : 900);
        await page.GotoAsync($"/?culture={culture}");
        await Charts.WaitForAsync(page, errors);
        await CircuitAsync(page);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{culture} at {width} px: {overflow} px wider than the screen");
        NoErrors(errors);
        if (culture != "en")
        {
            await page.EvaluateAsync("() => document.fonts.ready");
            await Screenshots.SaveAsync(page, $"overview-{culture}-{(width == 390 ? "phone" : "desktop")}.png", height: width == 390 ? 1500 : 2300);
        }
    }
}

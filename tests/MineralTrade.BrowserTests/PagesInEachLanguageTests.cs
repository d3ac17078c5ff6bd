using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The pages whose words are translated (issue 20, phase B), read in Chinese and Urdu: no English UI word (a word of the
/// English resources) in the rendered text outside codes, quotes and sources (<c>code</c>, <c>[data-verbatim]</c>,
/// text marked with another <c>lang</c>, and imported text inside a sentence, which <c>Bidi.Isolate</c> wraps in a
/// first-strong isolate: a publisher's name in a chart's summary); <c>lang</c>/<c>dir</c> right; nothing wider than a 390 px phone; axe-core's
/// WCAG 2.1 A and AA rules with zero violations at 1366 and 390 px. A page joins <see cref="Translated"/> when its words
/// are done; once every routed page is, the list is <c>RoutedPages.Addresses()</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PagesInEachLanguageTests(DashboardServer server, MarketPanelTests.MarketStore store, BothSidesTests.BothSidesStore bothSides)
    : IClassFixture<MarketPanelTests.MarketStore>, IClassFixture<BothSidesTests.BothSidesStore>
{
    /// <summary>
    /// Translated pages, and the part of each whose words are checked: a page done whole is checked under <c>main</c>; a
    /// page of which only some parts are done is checked in those parts (a CSS selector list; the rest of it is another
    /// engineer's this session). axe-core checks the whole document either way.
    /// </summary>
    public static readonly IReadOnlyList<(string Path, string Scope)> Translated =
    [
        ("/products", "main"),
        ("/products?q=copper", "main"),
        ("/products/2603", "main"),
        ("/products/74", "main"),
        ("/products/TOTAL", "main"),
        ("/updates", "main"),
        ("/compare", "main"),
        ("/compare?hs=TOTAL", "main"),
        ("/figures", "main"),
        ("/figures?hs=TOTAL&sort=-value", "main"),
        ("/about", "main"),
        ("/", "main"),
        ("/?category=copper", "main"),
        // An empty panel (no value added in salt's quarters) saying what to widen; the target narrowed to salt.
        ("/?category=salt&period=quarter", "main"),
        // The rest of the routed pages' sample views (RoutedPages): another product, a filtered list, a fiscal-year reporter's
        // overview, several categories and a reporter from a year.
        ("/products/2606", "main"),
        ("/figures?hs=2603", "main"),
        ("/?reporter=PK-SBP", "main"),
        ("/?category=copper&category=zinc&reporter=CN-GACC&from=2023", "main"),
    ];

    /// <summary>
    /// Pages read over the both-sides store (<see cref="BothSidesTests.BothSidesStore"/>), where China's and Pakistan's
    /// figures of the same codes make pairs: the seed alone has none, only comparisons that are not paired.
    /// </summary>
    public static readonly IReadOnlyList<(string Path, string Scope)> TranslatedOnBothSides =
    [
        ("/compare?hs=2603&hs=2608&hs=2610&hs=740311", "main"),
        ("/products/2603?exporter=PK&importer=CN", "main"),
    ];

    public static TheoryData<string, string, int> Views()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (path, _) in Translated.Concat(TranslatedOnBothSides))
        {
            foreach (var language in new[] { "zh-Hans", "ur" })
            {
                data.Add(path, language, 1366);
                data.Add(path, language, 390);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Page_ReadsInTheLanguage_FitsAPhone_AndHasNoWcagViolations(string path, string language, int width)
    {
        var scope = Translated.Concat(TranslatedOnBothSides).Single(t => t.Path == path).Scope;
        var baseAddress = TranslatedOnBothSides.Any(t => t.Path == path) ? bothSides.BaseAddress : store.BaseAddress;
        var context = await server.Browser.NewContextAsync(new() { BaseURL = baseAddress, ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        var address = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + language;
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("[data-testid='languages'][data-interactive='yes']").WaitForAsync();

        Assert.Equal(language, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(language == "ur" ? "rtl" : "ltr", await page.EvaluateAsync<string>("() => document.documentElement.dir"));

        var text = await page.EvaluateAsync<string>(
            """
            ([scope, lang, left, leftLabels]) => [...document.querySelectorAll(scope)].map(root => {
                const copy = root.cloneNode(true);
                copy.querySelectorAll('code, script, style, svg, [data-verbatim], [lang]').forEach(e => {
                    if (!e.hasAttribute('lang') || e.getAttribute('lang') !== lang) e.remove();
                });
                copy.querySelectorAll(left).forEach(e => e.remove());
                copy.querySelectorAll(leftLabels).forEach(e => e.removeAttribute('aria-label'));
                return (copy.innerText + ' ' + [...copy.querySelectorAll('[aria-label], [placeholder], [title]')]
                    .map(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')].join(' ')).join(' '))
                    .replace(/\u2068[^\u2069]*\u2069/g, ' ');
            }).join('\n')
            """, new[] { scope, language, LeftToCharts, LeftToChartsLabels });
        Assert.False(string.IsNullOrWhiteSpace(text), $"{address}: nothing in {scope}");
        var english = Words().Where(w => Regex.IsMatch(text, $@"(?<![A-Za-z]){Regex.Escape(w)}(?![A-Za-z])")).ToList();
        Assert.True(english.Count == 0, $"{address} at {width} px: English words [{string.Join(", ", english)}] in:{Environment.NewLine}{text}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{address} at {width} px is {overflow} px wider than the window");

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{address} at {width} px:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        await context.CloseAsync();
    }

    /// <summary>
    /// The chart components' own words inside a translated part (the download line, the key to hatched bars, the data
    /// table's "Data table:" and its region's label), and on the overview each chart's own titles, toggles, legend,
    /// tables, notes and the target's facts: Components/Charts is translated this session by `chartwords` (issue 20),
    /// who removes these as each lands. The overview's sentences in those panels (summaries, empty states, the Value
    /// added and Target titles) are OverviewText's, and are checked.
    /// </summary>
    private const string LeftToCharts = ".chart-downloads, .bounds-key, .data-table > summary, "
        + "[data-chart='by-category'] :is(.panel-head, .data-table, .bar-notes), "
        + "[data-chart='by-year'] :is(.panel-head, .chart-title, .data-table, .chart-legend, p.muted), "
        + "[data-chart='growth'] :is(.panel-head, .data-table), [data-chart='value-added'] :is(.panel-head label, .data-table, .apexcharts-legend), "
        + "[data-chart='target'] :is(.target-facts, .data-table, .apexcharts-legend)";

    private const string LeftToChartsLabels = ".data-table > .table-scroll, [data-chart='by-year'] .apex-chart";

    /// <summary>
    /// Every word of the English resources (<c>Resources/**/*.resx</c> without a language): lower-case words of three
    /// letters or more, named parts left out; acronyms and codes in capitals (HS, CSV, FOB) stay as they are in every language.
    /// </summary>
    private static IReadOnlyList<string> Words() => s_words.Value;

    /// <summary>Names that stay as they are in every language: the site, the UN database, the feed format, the API's description and tools.</summary>
    private static readonly HashSet<string> s_names = ["MineralTrade", "Comtrade", "Atom", "OpenAPI", "Postman", "Swagger"];

    private static readonly Lazy<IReadOnlyList<string>> s_words = new(() =>
    {
        var resources = Path.Combine(FindRepository(), "src", "MineralTrade.Web", "Resources");
        return
        [
            .. Directory.EnumerateFiles(resources, "*.resx", SearchOption.AllDirectories)
                .Where(f => Path.GetFileNameWithoutExtension(f).Split('.').Length == 1)
                .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string?)d.Element("value") ?? ""))
                .SelectMany(v => Word().Matches(Part().Replace(v, " ")).Select(m => m.Value))
                .Where(w => w.Length >= 3 && w.Any(char.IsLower) && !s_names.Contains(w))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
    });

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MineralTrade.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("MineralTrade.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Part();

    [GeneratedRegex(@"[A-Za-z]+(?:'[a-z]+)?")]
    private static partial Regex Word();
}

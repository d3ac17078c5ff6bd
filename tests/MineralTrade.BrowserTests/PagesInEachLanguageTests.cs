using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using MineralTrade.Tests;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Every routed page (<see cref="RoutedPages"/>, with its sample views) read in Chinese and Urdu: no English UI word (a
/// word of the English resources) in the rendered text of <c>main</c> outside codes, quotes and sources (<c>code</c>,
/// <c>[data-verbatim]</c>: imported text as published, a publisher's name; text marked with another <c>lang</c>; and
/// imported text inside a sentence, which <c>Bidi.Isolate</c> wraps in a first-strong isolate: a publisher's name in a
/// chart's summary); <c>lang</c>/<c>dir</c> right; nothing wider than a 390 px phone; axe-core's WCAG 2.1 A and AA rules
/// with zero violations at 1366 and 390 px. No part of a page is exempt (issue 20).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PagesInEachLanguageTests(DashboardServer server, MarketPanelTests.MarketStore store, BothSidesTests.BothSidesStore bothSides)
    : IClassFixture<MarketPanelTests.MarketStore>, IClassFixture<BothSidesTests.BothSidesStore>
{
    /// <summary>
    /// Every routed page and view, and views that show what those do not: a search, a list sorted by value, the overview
    /// of one category, and an empty panel (no value added in salt's quarters) saying what to widen with the target
    /// narrowed to salt.
    /// </summary>
    public static IReadOnlyList<string> Translated { get; } =
    [
        .. RoutedPages.Addresses()
            .Concat(["/products?q=copper", "/figures?hs=TOTAL&sort=-value", "/?category=copper", "/?category=salt&period=quarter"])
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>
    /// Pages read over the both-sides store (<see cref="BothSidesTests.BothSidesStore"/>), where China's and Pakistan's
    /// figures of the same codes make pairs: the seed alone has none, only comparisons that are not paired.
    /// </summary>
    public static readonly IReadOnlyList<string> TranslatedOnBothSides =
    [
        "/compare?hs=2603&hs=2608&hs=2610&hs=740311",
        "/products/2603?exporter=PK&importer=CN",
    ];

    /// <summary>
    /// Pages rendered without a circuit (<c>[ExcludeFromInteractiveRouting]</c>: the error page): their language switch
    /// says so (<c>data-interactive="no"</c>) and stays so, where the other pages' turns <c>yes</c> once the circuit stands.
    /// </summary>
    private static readonly HashSet<string> s_static =
    [
        .. typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template),
    ];

    public static TheoryData<string, string, int> Views()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var path in Translated.Concat(TranslatedOnBothSides))
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
        var baseAddress = TranslatedOnBothSides.Contains(path) ? bothSides.BaseAddress : store.BaseAddress;
        var context = await server.Browser.NewContextAsync(new() { BaseURL = baseAddress, ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        var address = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + language;
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var circuit = s_static.Contains(path.Split('?')[0]) ? "no" : "yes";
        await page.Locator($"[data-testid='languages'][data-interactive='{circuit}']").WaitForAsync();

        Assert.Equal(language, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(language == "ur" ? "rtl" : "ltr", await page.EvaluateAsync<string>("() => document.documentElement.dir"));

        var text = await page.EvaluateAsync<string>(
            """
            lang => [...document.querySelectorAll('main')].map(root => {
                const copy = root.cloneNode(true);
                copy.querySelectorAll('code, script, style, svg, [data-verbatim], [lang]').forEach(e => {
                    if (!e.hasAttribute('lang') || e.getAttribute('lang') !== lang) e.remove();
                });
                return (copy.innerText + ' ' + [...copy.querySelectorAll('[aria-label], [placeholder], [title]')]
                    .map(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')].join(' ')).join(' '))
                    .replace(/\u2068[^\u2069]*\u2069/g, ' ');
            }).join('\n')
            """, language);
        Assert.False(string.IsNullOrWhiteSpace(text), $"{address}: nothing in main");
        var english = Words().Where(w => Regex.IsMatch(text, $@"(?<![A-Za-z]){Regex.Escape(w)}(?![A-Za-z])")).ToList();
        Assert.True(english.Count == 0, $"{address} at {width} px: English words [{string.Join(", ", english)}] in:{Environment.NewLine}{text}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{address} at {width} px is {overflow} px wider than the window");

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{address} at {width} px:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        await context.CloseAsync();
    }

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

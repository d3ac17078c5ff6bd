using System.Reflection;
using System.Text.Json.Serialization;
using MineralTrade.Tests;
using MineralTrade.Web.Features.Figures;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The words of every routed page (tests/Shared/RoutedPages.cs), at a desktop and a phone width, as a reader sees them
/// (issue 18, points 11 and 13): no plural of one ("1 codes", "1 figures"), no internal name of the code (an enum's
/// member, "metal-and-articles", "half-year"), and no abbreviation left unexplained: its first use on the page is an
/// abbreviation whose meaning a tap gives (<c>abbr[title]</c>, Words.razor) or is spelled out ("cost, insurance and
/// freight (CIF)"). Charts are pictures here: their words are in their tables and summaries, which are checked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteWordsTests(DashboardServer server)
{
    /// <summary>Words every reader of a trade site knows, or that name a file's kind on a download button.</summary>
    private static readonly string[] s_known = ["CSV", "PNG", "SVG", "JSON", "API", "ID", "US", "URL"];

    /// <summary>
    /// Names of the code that a reader must never meet: every enum member of the app whose name (or JSON name) is
    /// kebab-case, snake_case or two words run together (MetalAndArticles): a plain word such as "Copper" is a word.
    /// </summary>
    public static IReadOnlyList<string> InternalNames() =>
    [
        .. typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace?.StartsWith("MineralTrade", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .SelectMany(f => new[] { f.Name, f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name })
            .OfType<string>()
            .Where(n => n.Contains('-', StringComparison.Ordinal) || n.Contains('_', StringComparison.Ordinal) || n.Skip(1).Any(char.IsUpper))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    internal const string Check =
        """
        ({ meanings, names, known, internal }) => {
            const problems = [];
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!el || !n.textContent.trim() || el.closest('svg, script, style, template, code, pre, select, .apexcharts-canvas')) continue;
                if (!el.checkVisibility({ visibilityProperty: true })) continue;
                texts.push([n.textContent, el]);
            }
            const quote = (text, at, length) => `"${text.slice(Math.max(0, at - 40), at + length + 40).replace(/\s+/g, ' ').trim()}"`;
            // A number one before a plural: "1 codes", "1 figures" (the plural of one), not "1 series" or "$1 bn".
            const whole = texts.map(([t]) => t).join(' ').replace(/\s+/g, ' ');
            for (const m of whole.matchAll(/(?<![\d.,$·])\b1 ([a-z]+s)\b/g)) {
                if (!/(ss|us|is|series|ies)$/.test(m[1])) problems.push(`plural of one ${quote(whole, m.index, m[0].length)}`);
            }
            for (const name of internal) {
                const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                for (const m of whole.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, 'gu'))) {
                    problems.push(`internal name '${name}' ${quote(whole, m.index, m[0].length)}`);
                }
            }
            const seen = new Set();
            for (const [text, el] of texts) {
                for (const m of text.matchAll(/(?<![\p{L}\p{N}_])\p{Lu}{2,}(?![\p{L}_])/gu)) {
                    const token = m[0];
                    if (seen.has(token) || known.includes(token)) continue;
                    seen.add(token);
                    if (el.closest('abbr[title]')) continue;
                    if (names.some(name => { const at = text.indexOf(name); return at >= 0 && at <= m.index && m.index < at + name.length; })) continue;
                    const spelled = meanings[token];
                    const before = text.slice(0, m.index).toLowerCase();
                    if (spelled && before.endsWith(`${spelled.toLowerCase()} (`) && /^[),;]/.test(text.slice(m.index + token.length))) continue;
                    problems.push(`unexplained abbreviation ${token}${spelled ? '' : ' (not in Abbreviations)'} ${quote(text, m.index, token.length)}`);
                }
            }
            return problems;
        }
        """;

    [Theory]
    [MemberData(nameof(RoutedPages.AtEachWidth), MemberType = typeof(RoutedPages))]
    public async Task Page_HasNoPluralOfOne_NoInternalName_NoUnexplainedAbbreviation(string path, int width)
    {
        var (page, errors) = await server.NewPageAsync(width, 900);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var problems = await page.EvaluateAsync<string[]>(Check, new
        {
            meanings = Abbreviations.All.ToDictionary(a => a.Key, a => a.Value.Name),
            names = Abbreviations.Names,
            known = s_known,
            @internal = InternalNames(),
        });

        Assert.True(problems.Length == 0, $"{path} at {width} px:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Distinct())}");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Abbreviation_Tapped_WritesItsMeaning_AndInALinkASecondTapFollowsIt()
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/figures");
        // The circuit's first render redraws the prerendered page (and any meaning a tap wrote): tap after it.
        await page.Locator("form.filters[data-interactive='yes']").WaitForAsync();
        var term = page.Locator("abbr[title]").Filter(new() { Visible = true }).First;
        await term.WaitForAsync();
        var meaning = await term.GetAttributeAsync("title");

        await term.TapAsync();
        var shown = await term.EvaluateAsync<string>("t => getComputedStyle(t, '::after').content");

        Assert.Contains(meaning!, shown, StringComparison.Ordinal);

        var inLink = page.Locator("a[href^='http'] abbr[title]").Filter(new() { Visible = true }).First;
        await inLink.ScrollIntoViewIfNeededAsync();
        var address = page.Url;
        await inLink.TapAsync();
        Assert.Equal(address, page.Url);
        Assert.Contains(await inLink.GetAttributeAsync("title") ?? "-", await inLink.EvaluateAsync<string>("t => getComputedStyle(t, '::after').content"), StringComparison.Ordinal);

        // The second tap follows the link (the source opens in a new tab): waiting for that tab fails the test if it never opens.
        var source = await page.RunAndWaitForPopupAsync(() => inLink.TapAsync());
        await source.CloseAsync();
        await context.CloseAsync();
    }
}

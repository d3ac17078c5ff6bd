using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Stored XSS (issue 10): text such as <c>&lt;img src=x onerror=...&gt;</c> imported in every text column must reach
/// the charts as text. Each payload calls <c>__xss.push(column)</c> if it ever runs, so a failure names the column.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileTextTests(DashboardServer server, HostileTextTests.HostileStore store) : IClassFixture<HostileTextTests.HostileStore>
{
    /// <summary>Text that is HTML if anything renders it as HTML, and that says where it came from if it runs.</summary>
    public static string Payload(string column) => $"A&amp;B <b>bold</b> <img src=x onerror=__xss.push('{column}')> {column}";

    /// <summary>What a browser must show where the payload is shown: the same characters, with none of them taken as markup.</summary>
    private const string Literal = "<img src=x onerror=__xss.push(";

    // Elements the payloads would create if they were parsed: none of them belongs in a chart.
    private const string InjectedElements = "() => document.querySelectorAll('[data-chart] img, [data-chart] b, .hostile-chart img, .hostile-chart b').length";

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string baseUrl, string path)
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors) errors.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("window.__xss = [];");
        await page.GotoAsync(path);
        return (page, errors);
    }

    /// <summary>
    /// The overview in each language: its charts' words, tooltips and labels are built per language (issue 20), and an
    /// Urdu page isolates imported text in bidi isolates, so each language's build must keep the text inert.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    [InlineData("ur")]
    public async Task ImportedHostileText_OnEveryChart_IsShownAsTextAndRunsNothing(string culture)
    {
        var (page, errors) = await OpenAsync(store.BaseAddress, "/?culture=" + culture);
        await Charts.WaitForAsync(page, errors);
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));

        foreach (var chart in Charts.All)
        {
            var root = page.Locator($"[data-chart='{chart}']");
            // Not ScrollIntoViewIfNeededAsync: it throws "Element is not attached to the DOM" when the circuit's render
            // replaces the chart during the call (microsoft/playwright#23758; seen once under load).
            await root.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
            var points = root.Locator(".apexcharts-bar-area, .apexcharts-marker");
            var count = await points.CountAsync();
            Assert.True(count > 0, $"{culture} {chart}: nothing to hover");
            var shown = await Charts.TooltipsShowingAsync(page, chart, points, Literal);
            // The test proves something only if the hostile text reached this chart.
            var labels = await root.Locator(".apexcharts-legend-text, .apexcharts-xaxis-label, .apexcharts-yaxis-label, .apexcharts-datalabel, .apexcharts-tooltip-title")
                .AllTextContentsAsync();
            shown += labels.Count(t => t.Contains(Literal, StringComparison.Ordinal));
            Assert.True(shown > 0, $"{culture} {chart}: no imported text was shown after hovering {count} points");
            Assert.Equal("[]", await page.EvaluateAsync<string>("() => JSON.stringify(window.__xss)"));
            Assert.Equal(0, await page.EvaluateAsync<int>(InjectedElements));
        }
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData("/figures")]
    [InlineData("/about")]
    public async Task ImportedHostileText_OnTheTablePages_IsShownAsText(string path)
    {
        var (page, errors) = await OpenAsync(store.BaseAddress, path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(Literal, await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("[]", await page.EvaluateAsync<string>("() => JSON.stringify(window.__xss)"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main img, main b').length"));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>The product pages and the comparisons: tables, tooltips of every point, the tree and its search.</summary>
    [Theory]
    [InlineData("/products/2603", "series-annual", true)]
    [InlineData("/products/74", "mirror", true)]
    [InlineData("/products/2608", "series-annual", true)]
    [InlineData("/compare?hs=2603&hs=74", "pairs", true)]
    [InlineData("/products/2608?exporter=PK&importer=CN", null, true)]
    // The tree words the curated codes in HS 2022 (the curated table wins over an imported description), and 7901, which no
    // table holds, in its imported description: shown as text.
    [InlineData("/products?q=2608", null, true)]
    public async Task ImportedHostileText_OnTheProductPages_IsShownAsTextAndRunsNothing(string path, string? chart, bool shown)
    {
        var (page, errors) = await OpenAsync(store.BaseAddress, path);
        if (chart is null)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        else
        {
            await Charts.WaitForAsync(page, errors, chart);
            var points = page.Locator($"[data-chart='{chart}'] .apexcharts-bar-area, [data-chart='{chart}'] .apexcharts-series-markers .apexcharts-marker");
            Assert.True(await Charts.TooltipsShowingAsync(page, chart, points, Literal) > 0, $"{path}: no tooltip showed the imported text");
        }

        Assert.Equal(shown, (await page.Locator("main").TextContentAsync())!.Contains(Literal, StringComparison.Ordinal));
        Assert.Equal("[]", await page.EvaluateAsync<string>("() => JSON.stringify(window.__xss)"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main img, main b').length"));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>
    /// The chart module itself, fed hostile text in every place ApexCharts shows text (series name, category, goal,
    /// annotation, title, legend, data label) with its default tooltip: whatever options the pages send later, the
    /// module must keep every one of them text.
    /// </summary>
    [Theory]
    [InlineData("bar")]
    [InlineData("line")]
    public async Task ChartModule_HostileTextInEveryOption_IsShownAsText(string type)
    {
        var (page, errors) = await OpenAsync(server.BaseAddress.ToString(), "/about");
        var options = new
        {
            chart = new { type, height = 320, animations = new { enabled = false } },
            series = new[]
            {
                new { name = Payload("series"), data = new object[] { new { x = Payload("category"), y = 10, goals = new[] { new { name = Payload("goal"), value = 5, strokeColor = "#000" } } }, new { x = "plain", y = 20 } } },
                new { name = Payload("series2"), data = new object[] { new { x = Payload("category"), y = 12 }, new { x = "plain", y = 8 } } },
            },
            dataLabels = new { enabled = true },
            legend = new { show = true, position = "bottom" },
            markers = new { size = 6 },
            title = new { text = Payload("title") },
            subtitle = new { text = Payload("subtitle") },
            xaxis = new { type = "category", tooltip = new { enabled = true }, title = new { text = Payload("xaxis-title") } },
            yaxis = new { title = new { text = Payload("yaxis-title") } },
            tooltip = new { enabled = true, shared = false, intersect = true },
            annotations = new
            {
                xaxis = new[] { new { x = "plain", label = new { text = Payload("x-annotation") } } },
                yaxis = new[] { new { y = 15, label = new { text = Payload("y-annotation") } } },
                points = new[] { new { x = "plain", y = 20, label = new { text = Payload("point-annotation") } } },
            },
        };
        await page.EvaluateAsync(
            """
            async json => {
                const element = document.createElement('div');
                element.className = 'hostile-chart';
                element.style.width = '900px';
                document.body.prepend(element);
                const module = await import('/Components/Charts/ApexChart.razor.js');
                await module.create(element, json);
            }
            """, JsonSerializer.Serialize(options));
        var root = page.Locator(".hostile-chart");
        await root.Locator("svg.apexcharts-svg").WaitForAsync();

        var points = root.Locator(".apexcharts-bar-area, .apexcharts-marker");
        Assert.True(await points.CountAsync() >= 4);
        var titles = new List<string>();
        for (var i = 0; i < await points.CountAsync(); i++)
        {
            await points.Nth(i).HoverAsync(new() { Force = true });
            titles.AddRange(await root.Locator(".apexcharts-tooltip-title, .apexcharts-tooltip-text-y-label, .apexcharts-xaxistooltip-text").AllTextContentsAsync());
        }
        await root.Locator(".apexcharts-legend-text").First.HoverAsync();

        Assert.Contains(titles, t => t.Contains(Payload("category"), StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains(Payload("series"), StringComparison.Ordinal));
        var legend = await root.Locator(".apexcharts-legend-text").AllTextContentsAsync();
        Assert.Contains(Payload("series"), legend);
        Assert.Contains(Payload("series2"), legend);
        Assert.Equal("[]", await page.EvaluateAsync<string>("() => JSON.stringify(window.__xss)"));
        Assert.Equal(0, await page.EvaluateAsync<int>(InjectedElements));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>
    /// The application on a port of its own over a store seeded as usual, then given a native file and a UN Comtrade+
    /// file through <c>POST /api/imports</c> with hostile text in every text column they have. The figures are made up,
    /// in years after the seed's, so that every chart of <c>/</c> draws them.
    /// </summary>
    public sealed class HostileStore : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private const string Key = "hostile-test-key-0123456789";
        private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineraltrade-hostile-{Guid.NewGuid():N}.db");

        public HostileStore() => UseKestrel(0);

        public string BaseAddress { get; private set; } = "";

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:MineralTrade"] = $"Data Source={_databasePath}",
                ["Import:ApiKey"] = Key,
            }));

        public async Task InitializeAsync()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = new Uri(BaseAddress) };
            await PostAsync(http, NativeFile(), "native.csv");
            await PostAsync(http, ComtradeFileText(), Payload("fileName") + ".csv");
        }

        private static async Task PostAsync(HttpClient http, string csv, string fileName)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports?fileName=" + Uri.EscapeDataString(fileName))
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            request.Headers.Add("X-Api-Key", Key);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{fileName}: {(int)response.StatusCode} {body}");
        }

        private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        /// <summary>
        /// Copper ores (raw) and copper (processed), China's customs and the State Bank, both flows of the overview, two
        /// years for a growth rate, and Pakistan's statistics beside China's for mirror pairs: every text column holds a
        /// payload naming it.
        /// </summary>
        private static string NativeFile()
        {
            var lines = new List<string> { "reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note,quantity,quantity_unit,source_kind" };
            var value = 1000;
            foreach (var (reporter, importer) in new[] { ("CN-GACC", "CN"), ("PK-SBP", "WORLD"), ("PK-PBS", "CN") })
            {
                foreach (var year in new[] { 2098, 2099 })
                {
                    // Unwrought zinc (7901) from Pakistan's statistics only: a line of its own in By year (no other
                    // figure is summed with it), under a code no curated wording table holds, so that its tooltip names
                    // the product as imported in every language (a curated code's tooltip shows the curated wording).
                    // Its values are the largest: on By year's long axis (the seed's years to 2099) the chart has room
                    // for one line, the latest and then the largest (decision 0127), and that must be this one.
                    foreach (var hs in reporter == "PK-PBS" ? new[] { "2603", "74", "7901" } : ["2603", "74"])
                    {
                        value += 777_777;
                        lines.Add(string.Join(',', reporter, "PK", importer, $"{year}-01", $"{year}-12", hs, Quote(Payload("product")), hs == "7901" ? value * 10 : value, "exact",
                            Quote(Payload("source_publisher")), "2099-12-31", Quote("https://example.test/?q=" + Payload("source_url")),
                            Quote(Payload("note")), "12.5", Quote(Payload("quantity_unit")), "press"));
                    }
                }
            }
            return string.Join('\n', lines) + "\n";
        }

        /// <summary>Zinc ores (2608) by China's customs, two years: the description, reporter name and unit hold payloads.</summary>
        private static string ComtradeFileText()
        {
            var lines = new List<string> { string.Join(',', ComtradeRow.Header) };
            foreach (var year in new[] { "2098", "2099" })
            {
                var row = ComtradeRow.Header.ToDictionary(h => h, _ => "");
                row["typeCode"] = "C";
                row["freqCode"] = "A";
                row["refYear"] = year;
                row["period"] = year;
                row["reporterCode"] = "156";
                row["reporterISO"] = "CHN";
                row["reporterDesc"] = Payload("reporterDesc");
                row["flowCode"] = "M";
                row["flowDesc"] = Payload("flowDesc");
                row["partnerCode"] = "586";
                row["partnerISO"] = "PAK";
                row["partnerDesc"] = Payload("partnerDesc");
                row["partner2Code"] = "0";
                row["cmdCode"] = "2608";
                row["cmdDesc"] = Payload("cmdDesc");
                row["customsCode"] = "C00";
                row["motCode"] = "0";
                row["qtyUnitAbbr"] = Payload("qtyUnitAbbr");
                row["qty"] = "5";
                row["primaryValue"] = year == "2098" ? "3000000" : "4500000";
                lines.Add(string.Join(',', ComtradeRow.Header.Select(h => Quote(row[h]))));
            }
            return string.Join('\n', lines) + "\n";
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_databasePath + suffix);
            }
        }
    }
}

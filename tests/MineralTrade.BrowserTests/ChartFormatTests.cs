using System.Text.Json;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.BrowserTests;

/// <summary>The chart module formats dollars and percents from the server's <see cref="MoneyFormats"/>, in each language: an axis reads as a card does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartFormatTests(DashboardServer server)
{
    // Sent as JSON text: Playwright's own marshalling hands the page a 0 as -0.
    private static readonly double[] s_amounts =
        [0, 950, 48_000, 99_999, 100_000, 290_000, 14_160_000, 110_900_000, 999_999_999, 1_000_000_000, 1_140_000_000, 1_467_000_000, -5_000_000];

    private static readonly double[] s_percents = [0, 20.1, -12.4, 99.9, 100, 4782.8, -100];

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    [InlineData("ur")]
    public async Task ChartModule_FormatsDollarsAndPercents_AsTheServerDoes(string code)
    {
        var language = Language.Find(code)!;
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/about");

        var formatted = await page.EvaluateAsync<string[][]>(
            """
            async ([formats, values]) => {
                const module = await import('/Components/Charts/ApexChart.razor.js');
                const money = JSON.parse(formats);
                const [amounts, percents] = JSON.parse(values);
                return [amounts.map(a => module.usd(a, money)), percents.map(p => module.percent(p, money))];
            }
            """,
            new object[] { ChartJson.Json(ChartJson.MoneyFormats(language)), JsonSerializer.Serialize(new[] { s_amounts, s_percents }) });

        Assert.Equal(s_amounts.Select(a => Money.Usd((decimal)a, language)), formatted[0]);
        Assert.Equal(s_percents.Select(p => Money.Percent((decimal)p)), formatted[1]);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}

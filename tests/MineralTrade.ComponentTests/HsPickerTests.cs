using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Components.Pages;

namespace MineralTrade.ComponentTests;

/// <summary>The filter bar's HS picker over the seeded store: a code found by its words or digits lands in the address.</summary>
public sealed class HsPickerTests : SeededStore
{
    private string Uri => Services.GetRequiredService<NavigationManager>().Uri;

    [Fact]
    public void Picker_FindsACodeByItsWords_AndPuttingItInTheAddressFiltersTheView()
    {
        var page = RenderAt<Figures>("/figures?from=2020", "#rows tbody tr");

        page.Find("[data-testid='hs-picker']").Input("copper ores");
        page.WaitForState(() => page.FindAll("[data-testid='hs-matches'] button").Count > 0, TimeSpan.FromSeconds(15));
        var match = Assert.Single(page.FindAll("[data-testid='hs-matches'] button.match:not(.inside)"));
        Assert.Contains("Copper ores and concentrates", match.TextContent, StringComparison.Ordinal);
        match.Click();

        Assert.EndsWith("/figures?hs=2603&from=2020", Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Picker_AChapterWithTheCodesInside_IsWrittenWithAStar()
    {
        var page = RenderAt<Overview>("/", "[data-testid='headline-value']");

        page.Find("[data-testid='hs-picker']").Input("74");
        page.WaitForState(() => page.FindAll("[data-testid='hs-matches'] button.inside").Count > 0, TimeSpan.FromSeconds(15));
        page.FindAll("[data-testid='hs-matches'] button.inside")[0].Click();

        Assert.EndsWith("/?hs=74*", Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Picker_SaysWhenNothingMatches()
    {
        var page = RenderAt<Figures>("/figures", "#rows tbody tr");

        page.Find("[data-testid='hs-picker']").Input("unobtainium");

        page.WaitForAssertion(() => Assert.Contains("No code in the store matches 'unobtainium'", page.Find("[data-testid='hs-filter']").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(15));
    }
}

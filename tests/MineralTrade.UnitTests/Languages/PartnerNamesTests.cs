using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.UnitTests.Languages;

/// <summary>Partner countries named in each language from data/partners.csv (CLDR as ICU holds it), never made up here.</summary>
public sealed class PartnerNamesTests
{
    [Theory]
    [InlineData("CL", "en", "Chile (CL)")]
    [InlineData("CL", "zh-Hans", "智利（CL）")]
    [InlineData("CL", "ur", "چلی (\u2066CL\u2069)")]
    [InlineData("PE", "zh-Hans", "秘鲁（PE）")]
    [InlineData("AU", "ur", "آسٹریلیا (\u2066AU\u2069)")]
    [InlineData("CD", "zh-Hans", "刚果（金）（CD）")]
    // Not a country: the code as the source gave it, in every language.
    [InlineData("XX", "zh-Hans", "XX")]
    [InlineData("WORLD", "ur", "WORLD")]
    public void Partner_IsNamedInTheLanguage_WithItsCode(string code, string language, string expected) =>
        Assert.Equal(expected, PartnerNames.Display(code, Language.Find(language)!));

    [Fact]
    public void EveryCountryDotNetKnows_HasAChineseAndAnUrduName()
    {
        var codes = System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures)
            .Select(c => { try { return new System.Globalization.RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
            .OfType<string>().Where(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper)).Distinct().ToList();
        Assert.NotEmpty(codes);
        foreach (var language in new[] { Language.Chinese, Language.Urdu })
        {
            var missing = codes.Where(c => PartnerNames.Name(c, language) is not { } name || name.In != language).ToList();
            Assert.True(missing.Count == 0, $"{language.Code}: no name for {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void MarketText_NamesPartners_InThePagesLanguage()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = Language.Chinese.Culture;
            Assert.Equal("智利（CL）", MarketText.Partner("CL"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}

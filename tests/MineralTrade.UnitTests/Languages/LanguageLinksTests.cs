using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests.Languages;

public sealed class LanguageLinksTests
{
    [Theory]
    [InlineData("/", "/?culture=ur")]
    [InlineData("/?category=copper&category=zinc&from=2022", "/?category=copper&category=zinc&from=2022&culture=ur")]
    [InlineData("/products/2603?culture=zh-Hans&exporter=PK#mirror", "/products/2603?exporter=PK&culture=ur#mirror")]
    [InlineData("/compare?CULTURE=en&page=2&culture=zh-Hans", "/compare?page=2&culture=ur")]
    public void With_KeepsTheView_AndSetsTheLanguageOnce(string address, string expected) =>
        Assert.Equal(expected, LanguageLinks.With(address, Language.Urdu));

    [Theory]
    [InlineData("/?culture=zh-Hans", "zh-Hans")]
    [InlineData("/?category=copper&culture=UR", "ur")]
    [InlineData("/?culture=fr", null)]
    [InlineData("/#culture=ur", null)]
    [InlineData("/products", null)]
    public void Of_ReadsOnlyALanguageOfTheSite(string address, string? expected) =>
        Assert.Equal(expected, LanguageLinks.Of(address)?.Code);

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("ur-PK", "ur")]
    [InlineData("ur-IN", "ur")]
    [InlineData("en-GB", "en")]
    [InlineData("zh-TW", "en")]
    [InlineData("fr-FR", "en")]
    public void For_ACulture_FindsItsLanguageOrEnglish(string culture, string expected) =>
        Assert.Equal(expected, Language.For(CultureInfo.GetCultureInfo(culture)).Code);
}

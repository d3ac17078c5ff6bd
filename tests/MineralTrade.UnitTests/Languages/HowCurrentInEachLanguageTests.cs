using MineralTrade.Web.Features.Comtrade;
using static MineralTrade.UnitTests.Languages.MarketInEachLanguageTests;

namespace MineralTrade.UnitTests.Languages;

/// <summary>How current the store is, in Chinese and Urdu (issue 20): dates and times as each language writes them; English in UpdateWordsTests, unchanged.</summary>
public sealed class HowCurrentInEachLanguageTests
{
    [Theory]
    [InlineData("zh-Hans", "中国海关总署（CN-GACC），月度：截至2026年10月，2026年11月20日发布，2026年11月21日获取", "下次获取：约2026年12月7日 08:30（UTC）。")]
    [InlineData("ur", "چین کی کسٹمز (جنرل ایڈمنسٹریشن آف کسٹمز) (" + Lri + "CN-GACC" + Pdi + ")، ماہانہ: اکتوبر 2026 تک، 20 نومبر 2026 کو جاری ہوا، 21 نومبر 2026 کو حاصل کیا گیا", "اگلا حصول: تقریباً 7 دسمبر 2026، 08:30 UTC۔")]
    public void HowCurrent_HeldSeriesAndNextRun_InTheLanguage(string language, string held, string next)
    {
        var series = new HeldSeries("CN-GACC", "M", 202610, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21));
        var at = new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.Zero);

        Assert.Equal((held, next), In(language, () => (Currency.Words(series), new Currency([], null, at, RefreshEnabled: true).NextRunWords)));
    }

    [Fact]
    public void HowCurrent_FetchOff_NamesTheSettingAsItIsConfigured_InEveryLanguage()
    {
        var off = new Currency([], null, null, RefreshEnabled: false);

        var (before, setting, after) = In("zh-Hans", () => off.NextRunParts);

        Assert.Equal(("本服务器不会自动获取（", Currency.RefreshSetting, "已关闭）：数据库的时效取决于上次获取或导入。"), (before, setting, after));
        Assert.Contains("(Comtrade:Refresh:Enabled is off)", off.NextRunWords, StringComparison.Ordinal);
    }
}

using System.Text;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.UnitTests;

public class InvisibleTextTests
{
    [Theory]
    [InlineData("evil\u202Etxt.exe", "evil\uFFFDtxt.exe")]
    [InlineData("a\u2066b\u2069c", "a\uFFFDb\uFFFDc")]
    [InlineData("zero\u200Bwidth", "zero\uFFFDwidth")]
    [InlineData("tag\U000E0041", "tag\uFFFD")]
    [InlineData("TradeData_PK_CN_2603.csv", "TradeData_PK_CN_2603.csv")]
    [InlineData("می\u200Cخواهم", "می\u200Cخواهم")]
    [InlineData("铜矿砂及其精矿", "铜矿砂及其精矿")]
    public void Neutralise_ShowsEachInvisibleCharacter_KeepsTheRest(string text, string shown) =>
        Assert.Equal(shown, InvisibleText.Neutralise(text));

    [Theory]
    [InlineData("Copper ores", null)]
    [InlineData("Copper \u202Eores", 0x202E)]
    [InlineData("Cuivre\u00AD", 0xAD)]
    [InlineData("تانبے کی\u200Cکچ دھات", null)]
    [InlineData("x\u200Dy\u2060", 0x2060)]
    public void FirstIn_FindsTheFirstInvisibleCharacter_InUtf8(string text, int? code) =>
        Assert.Equal(code, InvisibleText.FirstIn(Encoding.UTF8.GetBytes(text))?.Value);
}

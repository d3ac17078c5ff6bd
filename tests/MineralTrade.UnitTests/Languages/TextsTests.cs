using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests.Languages;

public sealed class TextsTests
{
    [Fact]
    public void Fill_PutsEachNamedPartWhereTheLanguageWantsIt() =>
        Assert.Equal("+4,783%（按公布数字的舍入，介于a与b之间）", Texts.Fill("{rate}（{range}）", ("range", "按公布数字的舍入，介于a与b之间"), ("rate", "+4,783%")));

    [Fact]
    public void Fill_ANameWithoutAPart_IsABug() =>
        Assert.Throws<FormatException>(() => Texts.Fill("{low} to {high}", ("low", "1")));
}

using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class CsvNumberTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("1500.375", 1500.375)]
    [InlineData(" 7 ", 7)]
    [InlineData("-1", -1)]
    [InlineData("0.000000000000001", 0.000000000000001)]
    [InlineData("123456789012345", 123456789012345)]
    [InlineData("1000000000000000", 1e15)]
    [InlineData("12345678901234.5", 12345678901234.5)]
    public void Valid_IsReadAsWritten(string text, double expected)
    {
        Assert.True(CsvNumber.TryParse(text, out var value, out var reason), reason);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,234")]
    [InlineData("1,2,3,4")]
    [InlineData("1 234")]
    [InlineData("1e5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("+5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("--1")]
    [InlineData("0x10")]
    [InlineData("١٢")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("12345678901234.56")]
    [InlineData("1234567890123456")]
    [InlineData("99999999999999900000000000000000000")]
    [InlineData("0.0000000000000000000000000000000000001")]
    public void Invalid_IsRefusedWithAReason(string text)
    {
        Assert.False(CsvNumber.TryParse(text, out _, out var reason));
        Assert.Contains($"'{text}'", reason, StringComparison.Ordinal);
    }
}

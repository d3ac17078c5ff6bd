using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>
/// A total's parts as the summaries keep them (issue 21: the overview reads them from the total's row, not each figure
/// by id): what is written reads back the same, whatever a publisher's name holds.
/// </summary>
public sealed class TotalPartsTests
{
    [Fact]
    public void Parts_ReadBackAsWritten_WithExactValues_AndAnyPublisherText()
    {
        string[] publishers = ["GACC", "<img src=x onerror=alert(1)>: \"quoted\", spaced", "\u202Eevil\u202C ; PBS", ""];
        TotalPart[] parts =
        [
            new(17, "2601", 1_234_567.891m, Qualifier.Exact, Stage.Ore, publishers[0]),
            new(4, "260111", 0.50m, Qualifier.AtLeast, Stage.Ore, publishers[1]),
            new(900001, "7403", -12m, Qualifier.Approximate, Stage.Metal, publishers[2]),
            new(3, "TOTAL", 999_999_999_999_999.99m, Qualifier.Exact, Stage.Total, publishers[3]),
        ];
        var stored = TotalParts.WritePublishers(publishers);

        var read = TotalParts.Read(
            string.Join(' ', parts.Select(p => p.Id)), string.Join(' ', parts.Select(p => p.HsCode)),
            string.Join(' ', parts.Select(p => TotalParts.Write(p.ValueUsd, p.Qualifier, p.Stage, Array.IndexOf(publishers, p.Publisher)))),
            TotalParts.ReadPublishers(stored));

        Assert.Equal(parts, read);
        // The scale too: 0.50 stays 0.50, as the figure gave it (a JSON answer would show the difference).
        Assert.Equal("0.50", read[1].ValueUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(TotalParts.Read("", "", "", []));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.50")]
    [InlineData("11000000")]
    [InlineData("1234567.891")]
    [InlineData("999999999999999.99")]
    [InlineData("9999999999999999999")]
    [InlineData("18446744073709551615")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-12")]
    [InlineData("-0.00")]
    [InlineData("12.")]
    [InlineData(".5")]
    public void Value_ReadsAsDecimalParse_ValueAndScale(string text)
    {
        var expected = decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
        var read = TotalParts.Value(text);
        Assert.Equal(expected, read);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), read.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(read));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1e5")]
    [InlineData("1.2.3")]
    public void Value_OfOtherText_FailsAsDecimalParse(string text) =>
        Assert.ThrowsAny<FormatException>(() => TotalParts.Value(text));
}

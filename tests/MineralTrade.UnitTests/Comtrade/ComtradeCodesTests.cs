using MineralTrade.Tests;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.UnitTests.Comtrade;

/// <summary>UN Comtrade+'s numeric country codes map to the store's ISO codes, with the six Comtrade numbers its own way.</summary>
public class ComtradeCodesTests
{
    [Theory]
    [InlineData(156, "CN")]
    [InlineData(586, "PK")]
    [InlineData(842, "US")]
    [InlineData(699, "IN")]
    [InlineData(757, "CH")]
    [InlineData(251, "FR")]
    [InlineData(381, "IT")]
    [InlineData(579, "NO")]
    [InlineData(276, "DE")]
    [InlineData(36, "AU")]
    public void ComtradeCode_OfACountry_IsItsIsoCode(int code, string alpha2)
    {
        Assert.True(Countries.TryComtradeCode(code, out var country));
        Assert.Equal(alpha2, country);
        Assert.True(Countries.TryComtradeCode(alpha2, out var back));
        Assert.Equal(code, back);
    }

    [Theory]
    [InlineData(0)]     // the world: WORLD, not a country
    [InlineData(490)]   // Other Asia, nes
    [InlineData(899)]   // Areas, nes
    [InlineData(840)]   // ISO's USA: Comtrade's 842
    [InlineData(356)]   // ISO's India: Comtrade's 699
    [InlineData(158)]   // ISO's Taiwan: not a Comtrade code
    public void ComtradeCode_OfAnAreaOrAnIsoOnlyNumber_IsNoCountry(int code) =>
        Assert.False(Countries.TryComtradeCode(code, out _));

    [Fact]
    public void Row_NumericCodeAndIsoThatDisagree_IsAnError()
    {
        var row = ComtradeFile.Parsed(ComtradeFile.Row(partner: "IND"));
        row.PartnerCode = "586";
        var errors = new List<(string Column, string Reason)>();

        Assert.Null(row.ToFigure("f.csv", new DateOnly(2026, 12, 6), errors, out _));
        Assert.Contains(errors, e => e.Column == "partnerISO" && e.Reason.Contains("partnerCode 586 (PK)", StringComparison.Ordinal));
    }

    [Fact]
    public void Row_WhoseIsoCodeIsUnknown_IsMappedByItsNumericCode()
    {
        var row = ComtradeFile.Parsed(ComtradeFile.Row(reporter: "CHN", partner: "USA"));
        (row.PartnerIso, row.PartnerCode) = ("XUS", "842");
        var errors = new List<(string Column, string Reason)>();

        var figure = row.ToFigure("f.csv", new DateOnly(2026, 12, 6), errors, out var skipped);

        Assert.Empty(errors);
        Assert.Null(skipped);
        Assert.Equal(("CN-GACC", "US", "CN"), (figure!.Reporter, figure.Exporter, figure.Importer));
    }
}

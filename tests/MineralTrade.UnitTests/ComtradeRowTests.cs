using MineralTrade.Tests;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.UnitTests;

public class ComtradeRowTests
{
    private static readonly DateOnly s_today = new(2026, 11, 27);

    private static (Figure? Figure, List<(string Column, string Reason)> Errors, string? Skipped) Map(Dictionary<string, string> row)
    {
        var errors = new List<(string Column, string Reason)>();
        var figure = ComtradeFile.Parsed(row).ToFigure("comtrade.csv", s_today, errors, out var skipped);
        return (figure, errors, skipped);
    }

    [Fact]
    public void Header_OfAComtradeExport_IsRecognised() =>
        Assert.True(ComtradeRow.IsComtradeHeader(ComtradeRow.Header));

    [Theory]
    [InlineData("reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note")]
    [InlineData("a,b,c")]
    [InlineData("reporterISO,flowCode,partnerISO,cmdCode,period")]
    public void Header_OfAnotherFile_IsNotComtrade(string header) =>
        Assert.False(ComtradeRow.IsComtradeHeader(header.Split(',')));

    [Theory]
    [InlineData("CHN", "M", "PAK", "CN-GACC", "PK", "CN")]
    [InlineData("CHN", "X", "PAK", "CN-GACC", "CN", "PK")]
    [InlineData("PAK", "X", "CHN", "PK-PBS", "PK", "CN")]
    [InlineData("PAK", "M", "CHN", "PK-PBS", "CN", "PK")]
    [InlineData("PAK", "X", "W00", "PK-PBS", "PK", "WORLD")]
    [InlineData("CHN", "M", "W00", "CN-GACC", "WORLD", "CN")]
    [InlineData("IND", "X", "CHN", "IN-COMTRADE", "IN", "CN")]
    public void Map_ReporterFlowAndPartner_DecideWhoReportedWhichWay(string reporterIso, string flow, string partnerIso, string reporter, string exporter, string importer)
    {
        var (figure, errors, skipped) = Map(ComtradeFile.Row(reporter: reporterIso, flow: flow, partner: partnerIso));

        Assert.Empty(errors);
        Assert.Null(skipped);
        Assert.Equal((reporter, exporter, importer), (figure!.Reporter, figure.Exporter, figure.Importer));
    }

    [Fact]
    public void Map_PartnerCodeZero_IsTheWorldWhateverItsIso()
    {
        var row = ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "W00");
        row["partnerISO"] = "";

        Assert.Equal("WORLD", Map(row).Figure!.Importer);
    }

    [Fact]
    public void Map_AnnualPeriod_IsJanuaryToDecember()
    {
        var figure = Map(ComtradeFile.Row(freq: "A", period: "2024")).Figure!;

        Assert.Equal((202401, 202412, PeriodKind.Annual), (figure.PeriodStart, figure.PeriodEnd, figure.PeriodKind));
    }

    [Fact]
    public void Map_MonthlyPeriod_IsThatMonth()
    {
        var figure = Map(ComtradeFile.Row(freq: "M", period: "202403")).Figure!;

        Assert.Equal((202403, 202403, PeriodKind.Month), (figure.PeriodStart, figure.PeriodEnd, figure.PeriodKind));
    }

    [Theory]
    [InlineData("A", "24")]
    [InlineData("A", "202403")]
    [InlineData("M", "2024")]
    [InlineData("M", "202413")]
    [InlineData("M", "2024-03")]
    public void Map_MalformedPeriod_IsAnErrorOnPeriod(string freq, string period) =>
        Assert.Contains(Map(ComtradeFile.Row(freq: freq, period: period)).Errors, e => e.Column == "period");

    [Fact]
    public void Map_UnknownFrequency_IsAnErrorOnFreqCode() =>
        Assert.Contains(Map(ComtradeFile.Row(freq: "Q", period: "2024")).Errors, e => e.Column == "freqCode");

    [Theory]
    [InlineData("74", "copper", Stage.MetalAndArticles)]
    [InlineData("2603", "copper", Stage.Ore)]
    [InlineData("253010", "industrial-minerals", Stage.Ore)]
    [InlineData("TOTAL", "all-goods", Stage.Total)]
    public void Map_CommodityAtAnyLevel_IsKeptAndClassified(string cmd, string category, Stage stage)
    {
        var figure = Map(ComtradeFile.Row(cmd: cmd)).Figure!;

        Assert.Equal((cmd, category, stage), (figure.HsCode, figure.Category, figure.Stage));
    }

    [Fact]
    public void Map_Value_IsUsdExactFromTheDataset()
    {
        var figure = Map(ComtradeFile.Row(value: "98765.43")).Figure!;

        Assert.Equal(98765.43m, figure.ValueUsd);
        Assert.Equal((Qualifier.Exact, SourceKind.Dataset, "UN Comtrade+"), (figure.Qualifier, figure.SourceKind, figure.SourcePublisher));
        Assert.Equal(s_today, figure.SourceDate);
        Assert.Contains("comtrade.csv", figure.Note);
        Assert.Contains("2026-11-27", figure.Note);
    }

    [Theory]
    [InlineData("", "", "N/A")]
    [InlineData("0", "0", "kg")]
    [InlineData("-1", "-1", "kg")]
    [InlineData("0", "-1", "N/A")]
    [InlineData("", "12", "N/A")]
    public void Map_UnknownQuantity_IsNullNotZero(string netWgt, string qty, string unit)
    {
        var figure = Map(ComtradeFile.Row(netWgt: netWgt, qty: qty, qtyUnit: unit)).Figure!;

        Assert.Null(figure.Quantity);
        Assert.Null(figure.QuantityUnit);
    }

    [Theory]
    [InlineData("1500.5", "", "N/A", 1500.5, "kg")]
    [InlineData("1500.5", "3", "u", 1500.5, "kg")]
    [InlineData("-1", "20", "u", 20, "u")]
    [InlineData("", "7.25", "l", 7.25, "l")]
    public void Map_KnownQuantity_PrefersNetWeightInKg(string netWgt, string qty, string unit, double expected, string expectedUnit)
    {
        var figure = Map(ComtradeFile.Row(netWgt: netWgt, qty: qty, qtyUnit: unit)).Figure!;

        Assert.Equal(((decimal)expected, expectedUnit), (figure.Quantity, figure.QuantityUnit));
    }

    [Theory]
    [InlineData("RX")]
    [InlineData("RM")]
    [InlineData("DX")]
    [InlineData("FM")]
    public void Map_OtherFlow_IsSkippedWithItsReason(string flow)
    {
        var (figure, errors, skipped) = Map(ComtradeFile.Row(flow: flow));

        Assert.Null(figure);
        Assert.Empty(errors);
        Assert.StartsWith($"flow {flow} ", skipped);
    }

    [Fact]
    public void Map_AreaPartner_IsSkippedNotFailed()
    {
        var (figure, errors, skipped) = Map(ComtradeFile.Row(partner: "S19"));

        Assert.Null(figure);
        Assert.Empty(errors);
        Assert.Contains("S19", skipped);
    }

    [Theory]
    [InlineData("flowCode", "Z")]
    [InlineData("primaryValue", "12x")]
    [InlineData("primaryValue", "")]
    [InlineData("primaryValue", "-5")]
    [InlineData("netWgt", "heavy")]
    [InlineData("qty", "1,000")]
    [InlineData("cmdCode", "copper")]
    public void Map_InvalidField_IsAnErrorNamingTheColumn(string column, string value)
    {
        var row = ComtradeFile.Row();
        row[column] = value;

        var (figure, errors, _) = Map(row);

        Assert.Null(figure);
        Assert.Contains(errors, e => e.Column == column);
    }
}

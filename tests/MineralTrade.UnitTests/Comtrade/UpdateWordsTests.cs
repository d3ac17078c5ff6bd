using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Updates;

namespace MineralTrade.UnitTests.Comtrade;

/// <summary>The updates' and "how current" sentences (issue 22 items 6 and 7).</summary>
public sealed class UpdateWordsTests
{
    [Theory]
    [InlineData("CN-GACC", "PK", "CN", "China's imports of Copper ores (2603) from Pakistan")]
    [InlineData("PK-PBS", "PK", "WORLD", "Pakistan's exports of Copper ores (2603) to the world")]
    [InlineData("HK-CSD", "PK", "CN", "Copper ores (2603), PK → CN, as reported by HK-CSD")]
    [InlineData("unstated", "PK", "CN", "Copper ores (2603), PK → CN, reporter not stated")]
    public void Series_NamesWhoseStatisticsAndWhichWay(string reporter, string exporter, string importer, string expected) =>
        Assert.Equal(expected, UpdateWords.Series(reporter, exporter, importer, "Copper ores", "2603"));

    [Fact]
    public void Move_IsLikeForLike_WithTheSeriesIsolated()
    {
        var current = Fig.Make("2603", "2026-10", "2026-10", 12_300_000m);
        current.Product = "Copper ores\u202E";
        var rate = Comparisons.Rate(current, Fig.Make("2603", "2025-10", "2025-10", 8_310_000m));

        var words = UpdateWords.Move(rate);

        Assert.Equal("\u2068China's imports of Copper ores\u202E (2603) from Pakistan\u2069, Oct 2026: $12.3 M, +48.0% on Oct 2025", words);
    }

    [Fact]
    public void NextRun_SaysWhenOrThatTheServerDoesNotFetch()
    {
        var next = new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.Zero);

        Assert.Equal("Next fetch: about 2026-12-07 08:30 UTC.", new Currency([], null, next, RefreshEnabled: true).NextRunWords);
        Assert.StartsWith("This server does not fetch by itself", new Currency([], null, null, RefreshEnabled: false).NextRunWords, StringComparison.Ordinal);
    }

    [Fact]
    public void Held_InWords_NamesTheReporterPeriodReleaseAndFetch()
    {
        var held = new HeldSeries("CN-GACC", "M", 202610, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21));

        Assert.Equal("China's General Administration of Customs (CN-GACC), monthly: to Oct 2026, released 2026-11-20, fetched 2026-11-21", Currency.Words(held));
    }
}

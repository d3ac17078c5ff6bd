using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The extract writes each row from the data reader field by field (FigureCsvRows); these hold its bytes to those of
/// CsvHelper writing the same figures as <see cref="FigureRow"/>s (the writer it replaced), with text that needs
/// quoting, formula escaping, non-ASCII and right-to-left marks in every text column, on either provider.
/// </summary>
public class CsvExtractBytesTests : IAsyncLifetime
{
    private readonly MineralTradeApp _app = new();

    private static readonly string[] s_hostile =
    [
        "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")", "+1", "-5", "@SUM(A1)", "\tTab", "\rCR first",
        "a,b \"quoted\"\r\nsecond line", " spaced ", "\u202Eexe.live", "铜矿砂及其精矿", "نمک", "emoji \U0001F600", "'already",
    ];

    public async Task InitializeAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        var i = 0;
        foreach (var text in s_hostile)
        {
            foreach (var (value, quantity, unit, qualifier) in new (decimal?, decimal?, string?, Qualifier)[]
            {
                (1234.5m, 2_000m, "kg", Qualifier.Exact), (0.1m, 3m, " u ", Qualifier.AtLeast), (null, null, null, Qualifier.NamedWithoutValue),
                (999_999_999_999.99m, 0.001m, "KGM", Qualifier.Approximate), (7m, null, "kg", Qualifier.Exact),
            })
            {
                i++;
                db.Figures.Add(new Figure
                {
                    Reporter = i % 2 == 0 ? "CN-GACC" : "PK-PBS",
                    Exporter = "PK",
                    Importer = "CN",
                    PeriodStart = 190001 + i % 12,
                    PeriodEnd = 190001 + i % 12,
                    HsCode = (2601 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Product = text,
                    Category = "",
                    ValueUsd = value,
                    Quantity = quantity,
                    QuantityUnit = unit,
                    Qualifier = qualifier,
                    SourcePublisher = text + " publisher",
                    SourceDate = i % 3 == 0 ? null : new DateOnly(2025, 1 + i % 12, 1 + i % 28),
                    SourceUrl = i % 2 == 0 ? null : "https://example.org/" + Uri.EscapeDataString(text),
                    SourceKind = i % 2 == 0 ? SourceKind.Dataset : SourceKind.Press,
                    Note = i % 4 == 0 ? null : text,
                }.Classify());
            }
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("", FigureColumn.Period, true)]
    [InlineData("?sort=-value", FigureColumn.Value, true)]
    [InlineData("?sort=hs&to=1900", FigureColumn.HsCode, false)]
    public async Task Csv_IsTheBytesCsvHelperWritesOfTheSameRows(string query, FigureColumn column, bool descending)
    {
        var served = await _app.CreateClient().GetByteArrayAsync("/api/figures.csv" + query);

        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        var figures = (await db.Figures.AsNoTracking().ToListAsync())
            .Where(f => !query.Contains("to=1900", StringComparison.Ordinal) || f.PeriodEnd < 190100);
        var ordered = (column, descending) switch
        {
            (FigureColumn.Period, _) => figures.OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.PeriodStart).ThenBy(f => f.Category, StringComparer.Ordinal)
                .ThenBy(f => f.HsCode, StringComparer.Ordinal).ThenBy(f => f.Reporter, StringComparer.Ordinal).ThenBy(f => f.Id),
            (FigureColumn.Value, _) => figures.OrderBy(f => f.ValueUsd is null).ThenByDescending(f => f.ValueUsd).ThenByDescending(f => f.Id),
            _ => figures.OrderBy(f => f.HsCode, StringComparer.Ordinal).ThenByDescending(f => f.PeriodEnd).ThenByDescending(f => f.Id),
        };
        using var expected = new MemoryStream();
        await FigureCsv.WriteAsync(expected, ordered.Select(FigureRow.From).ToAsyncEnumerable());

        Assert.True(served.Length > 10_000, $"{served.Length} bytes");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), System.Text.Encoding.UTF8.GetString(served));
        Assert.Equal(expected.ToArray(), served);
    }
}

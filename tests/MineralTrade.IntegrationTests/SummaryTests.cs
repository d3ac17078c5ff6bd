using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The summaries against the per-request computation they replace (docs/decisions/0090): every answer read from the
/// summary tables equals the rules applied to the loaded figures, on the seed and on a generated store, for filters
/// drawn at random with a fixed seed; and summaries kept up to date import by import equal a rebuild.
/// </summary>
public class SummaryTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static readonly string[] s_categories =
        ["copper", "aluminium", "iron", "zinc", "chromium", "manganese", "salt", "industrial-minerals", "gemstones", "other-minerals", "all-goods", "other"];

    [Fact]
    public async Task Summaries_OnTheSeed_EqualTheRules()
    {
        FigureFilter[] filters =
        [
            FigureFilter.All,
            new() { Categories = ["copper"] },
            new() { Categories = ["aluminium", "zinc"], From = 2024 },
            new() { Reporters = ["unstated"] },
            new() { Reporters = ["pk-sbp"] },
            new() { Period = PeriodKind.HalfYear },
            new() { Exporter = "PK", Importer = "WORLD" },
            new() { From = 2025, To = 2025, Period = PeriodKind.Annual },
            new() { Categories = ["all-goods"] },
            new() { HsCodes = ["74", "7403"] },
        ];
        foreach (var filter in filters)
        {
            await AssertSummariesEqualRulesAsync(app, filter);
        }
    }

    /// <summary>
    /// A full rebuild follows a large change in the same transaction: the figures' statistics are those of the store
    /// before it (the seed's, for a first import), with which SQLite joined the growth pairs through the wrong indexes
    /// (38 s instead of 1 s at a million figures). The rebuild reads them afresh before it joins.
    /// </summary>
    [Fact]
    public async Task FullRebuild_AnalysesTheFigures_BeforeItPairsThem()
    {
        var steps = new List<string>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var refresh = await SummaryRefresh.BeginAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), default))
        {
            refresh.Trace = steps.Add;
            refresh.TouchAll();
            await refresh.CompleteAsync(default);
        }

        var analysed = steps.FindIndex(s => s.Contains("ANALYZE \"Figures\"", StringComparison.Ordinal));
        var paired = steps.FindIndex(s => s.Contains("INSERT INTO \"GrowthPairs\"", StringComparison.Ordinal));
        Assert.True(analysed >= 0 && paired > analysed, string.Join(Environment.NewLine, steps));
    }

    [Fact]
    public async Task Summaries_OnAGeneratedStore_EqualTheRules_ForRandomFilters_AndImportByImportEqualARebuild()
    {
        await using var generatedApp = new MineralTradeApp();
        var app = generatedApp;
        var random = new Random(20261128);
        var generated = Generate(random, 1600);
        await ImportAsync(app, generated, "generated-1.csv");
        foreach (var filter in Enumerable.Range(0, 25).Select(_ => RandomFilter(random)))
        {
            await AssertSummariesEqualRulesAsync(app, filter);
        }

        // A small import: some figures revised, some new; its summaries are recomputed for what it touched only.
        var revised = generated.OrderBy(_ => random.Next()).Take(40).Select(r => Revise(r, random)).Concat(Generate(random, 60, generated)).ToList();
        await ImportAsync(app, revised, "generated-2.csv");
        foreach (var filter in Enumerable.Range(0, 25).Select(_ => RandomFilter(random)))
        {
            await AssertSummariesEqualRulesAsync(app, filter);
        }
        var touched = await SummaryRowsAsync(app);
        await RebuildAsync(app);
        Assert.Equal(touched, await SummaryRowsAsync(app));
    }

    /// <summary>
    /// The headline cards of a period holding more figures than <see cref="HeadlineChoice.FirstRead"/>, where a press
    /// report stands above the dataset figure the rules prefer in the same series: every second series (the preferred
    /// figures of the other series above the largest read: chosen from those) or every series (none above: every
    /// figure of the period read, as before).
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public async Task HeadlineCards_OfAPeriodOfManyFigures_AreTheRulesChoice(int pressEvery)
    {
        await using var manyApp = new MineralTradeApp();
        var codes = Enumerable.Range(1, 17).SelectMany(h => Enumerable.Range(10, 4).Select(s => $"26{h:00}{s:00}")).ToList();
        Assert.True(codes.Count > HeadlineChoice.FirstRead);
        FigureRow Row(string code, decimal value, bool press) => new()
        {
            Reporter = "CN-GACC", Exporter = "PK", Importer = "WORLD", PeriodStart = "2025-01", PeriodEnd = "2025-12", HsCode = code,
            Product = $"Synthetic ore {code}", ValueUsd = value, QualifierName = "exact", SourcePublisher = press ? "Paper A" : "UN Comtrade+",
            SourceKindName = press ? "press" : "dataset", SourceDate = new DateOnly(2026, 2, 1),
        };
        var rows = new List<FigureRow>();
        for (var i = 0; i < codes.Count; i++)
        {
            var value = 1_000_000m + (i * 10_000m);
            rows.Add(Row(codes[i], value, press: false));
            if (i % pressEvery == 0)
            {
                rows.Add(Row(codes[i], value * 3, press: true));
            }
        }
        await ImportAsync(manyApp, rows, "many-in-a-period.csv");
        var filter = new FigureFilter { Importer = "WORLD" };
        var overview = await manyApp.Services.GetRequiredService<DashboardService>().GetOverviewAsync(filter);
        Assert.Equal(HeadlineChoice.FirstRead / 4, overview.Headlines.Count);
        Assert.All(overview.Headlines, h => Assert.Equal("UN Comtrade+", h.Source.Publisher));
        await AssertSummariesEqualRulesAsync(manyApp, filter);
    }

    private static async Task AssertSummariesEqualRulesAsync(MineralTradeApp app, FigureFilter filter)
    {
        var figures = app.Services.GetRequiredService<FigureService>();
        var all = await figures.LoadAsync(FigureFilter.All);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        var target = await db.Targets.AsNoTracking().OrderBy(t => t.Id).FirstOrDefaultAsync();
        var because = $"filter ?{filter.ToQueryString()}";

        Assert.True(all.Count(filter.Matches) == await figures.CountAsync(filter), because);

        var hs = filter.HasCodes;
        var expectedTotals = Comparisons.CategoryTotals(all.Where(f => filter.InGroups(f) && (!hs || filter.InCodes(f))))
            .Where(t => filter.Categories.Count == 0 || filter.Categories.Contains(t.Category.Id))
            .Select(t => hs ? t with { SharePercent = null } : t);
        var totals = new List<CategoryTotal>();
        for (object?[] after = []; ;)
        {
            var page = await figures.GetCategoryTotalsAsync(filter, after, 7);
            totals.AddRange(page.Items);
            if (page.Next is null)
            {
                break;
            }
            Assert.True(Cursor.TryRead(page.Next, out var values) && FigureService.TotalsOrder.TryReadKey(values, out after), because);
        }
        Assert.Equal(Json(expectedTotals.Select(t => CategoryTotalRow.From(t, components: true))), Json(totals.Select(t => CategoryTotalRow.From(t, components: true))));

        var expectedGrowth = Comparisons.Growth(all.Where(f => (filter with { From = null, To = null }).Matches(f)), f => filter.InYears(f.PeriodStart, f.PeriodEnd))
            .OrderByDescending(g => g.Current.PeriodEnd).ThenBy(g => g.Current.PeriodStart).ThenBy(g => g.Current.Category, StringComparer.Ordinal)
            .ThenBy(g => g.Current.HsCode, StringComparer.Ordinal).ThenBy(g => g.Current.Reporter, StringComparer.Ordinal).ThenBy(g => g.Current.Id);
        var growth = new List<GrowthRate>();
        for (var from = FigurePosition.Start(FigureOrder.Default); ;)
        {
            var page = await figures.GetGrowthAsync(filter, from, 9);
            growth.AddRange(page.Items);
            if (page.Next is null)
            {
                break;
            }
            Assert.True(FigureOrder.TryReadCursor(page.Next, out from), because);
        }
        Assert.Equal(Json(expectedGrowth.Select(GrowthRateRow.From)), Json(growth.Select(GrowthRateRow.From)));

        // Year to date and 12 months, page by page, against the rules over every figure (decision 0066).
        foreach (var kind in WindowRate.Kinds)
        {
            var windows = new List<WindowRate>();
            for (object?[] after = []; ;)
            {
                var page = await app.Services.GetRequiredService<WindowGrowthService>().GetPageAsync(filter, kind, after, 7);
                windows.AddRange(page.Items);
                if (page.Next is null)
                {
                    break;
                }
                Assert.True(Cursor.TryRead(page.Next, out var values) && WindowGrowthService.Order.TryReadKey(values, out after), because);
            }
            var expectedWindows = WindowRate.OfFigures(all).Where(w => w.Window.Kind == kind && filter.Matches(AsFigure(w)));
            Assert.Equal(WindowsText(expectedWindows), WindowsText(windows));
        }

        var overview = await app.Services.GetRequiredService<DashboardService>().GetOverviewAsync(filter);
        Assert.Equal(Json(OverviewBuilder.Build(filter, all, target)), Json(overview));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, s_json);

    /// <summary>The rows as the API answers them, in one order (the database's text order may not be ordinal).</summary>
    private static List<string> WindowsText(IEnumerable<WindowRate> windows) => [.. windows.Select(w => Json(WindowGrowthRow.From(w))).Order(StringComparer.Ordinal)];

    /// <summary>A window as the figure a filter reads: its series, its months.</summary>
    private static Figure AsFigure(WindowRate w) => new()
    {
        Reporter = w.Reporter, Exporter = w.Exporter, Importer = w.Importer, HsCode = w.HsCode, Product = w.Product, Category = w.Category,
        SourcePublisher = w.Publisher, PeriodStart = w.Window.Start, PeriodEnd = w.Window.End, PeriodKind = Period.KindOf(w.Window.Start, w.Window.End),
    };

    /// <summary>Every summary row, as text, in one order: what two ways of computing them must agree on.</summary>
    private static async Task<List<string>> SummaryRowsAsync(MineralTradeApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        var pairs = await db.GrowthPairs.AsNoTracking().OrderBy(g => g.CurrentId).ToListAsync();
        var totals = await db.GroupTotals.AsNoTracking().ToListAsync();
        var parts = await db.GroupTotalParts.AsNoTracking().ToDictionaryAsync(p => p.TotalId);
        // One row of parts per total (decision 0124), none left of a total gone.
        Assert.Equal([.. totals.Select(t => t.Id).Order()], [.. parts.Keys.Order()]);
        var windows = await db.WindowGrowths.AsNoTracking().ToListAsync();
        // A total's id (and a window's) is only the order it was written in.
        return [.. pairs.Select(Json), .. totals.Select(t => { var p = parts[t.Id]; t.Id = 0; return Json(t) + Json(new { p.ComponentIds, p.Parts }); }).Order(StringComparer.Ordinal),
            .. windows.Select(w => { w.Id = 0; return Json(w); }).Order(StringComparer.Ordinal)];
    }

    private static async Task RebuildAsync(MineralTradeApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var refresh = await SummaryRefresh.BeginAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), default))
        {
            refresh.TouchAll();
            await refresh.CompleteAsync(default);
        }
        await transaction.CommitAsync();
    }

    private static async Task ImportAsync(MineralTradeApp app, IEnumerable<FigureRow> rows, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        try
        {
            await using (var file = File.Create(path))
            {
                await FigureCsv.WriteAsync(file, rows.ToAsyncEnumerable());
            }
            var result = await app.Services.GetRequiredService<ImportService>().ImportAsync(path, name, "test", dryRun: false);
            Assert.True(result.Summary is not null, string.Join("; ", result.Problems));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly string[] s_reporters = ["CN-GACC", "PK-PBS", "unstated"];
    private static readonly string[] s_filterCodes = ["26", "2603", "74", "7403", "8111"];

    private static FigureFilter RandomFilter(Random random)
    {
        T? Maybe<T>(double p, Func<T> make) => random.NextDouble() < p ? make() : default;
        var from = Maybe(0.3, () => (int?)random.Next(2019, 2026));
        return new FigureFilter
        {
            Categories = Maybe(0.5, () => s_categories.Where(_ => random.NextDouble() < 0.3).ToArray()) ?? [],
            Reporters = Maybe(0.3, () => s_reporters.Where(_ => random.NextDouble() < 0.5).ToArray()) ?? [],
            HsCodes = Maybe(0.1, () => s_filterCodes.Where(_ => random.NextDouble() < 0.5).ToArray()) ?? [],
            Exporter = Maybe(0.2, () => "PK"),
            Importer = Maybe(0.3, () => random.NextDouble() < 0.5 ? "CN" : "WORLD"),
            From = from,
            To = Maybe(0.3, () => (int?)random.Next(from ?? 2019, 2026)),
            Period = Maybe(0.3, () => (PeriodKind?)Enum.GetValues<PeriodKind>()[random.Next(6)]),
        };
    }

    // Codes nested within and across categories: chapter 26 (other ores) holds 2603 (copper ores); 81 holds 8111
    // (manganese); 71 (gemstones) holds 7103 and 7108 (precious metals); 74 its headings and a subheading.
    private static readonly string[] s_codes =
    [
        "TOTAL", "25", "2501", "2510", "26", "2601", "2603", "260300", "2606", "2608", "2610", "71", "7103", "7108", "72", "7204",
        "73", "74", "7402", "7403", "740311", "7404", "76", "7601", "79", "81", "8111", "811221", "84",
    ];

    private static readonly (string Start, string End)[] s_periods =
    [
        .. Enumerable.Range(2019, 7).SelectMany(y => new[]
        {
            ($"{y}-01", $"{y}-12"), ($"{y}-01", $"{y}-06"), ($"{y}-07", $"{y}-12"), ($"{y}-01", $"{y}-01"), ($"{y}-06", $"{y}-06"),
            ($"{y}-07", $"{y + 1}-06"), ($"{y}-01", $"{y}-05"),
        }),
        // Every month of the last two years, so that year-to-date and 12-month sums have windows to compare (decision 0066).
        .. Enumerable.Range(2024, 2).SelectMany(y => Enumerable.Range(1, 12).Where(m => m is not (1 or 6)).Select(m => ($"{y}-{m:D2}", $"{y}-{m:D2}"))),
    ];

    /// <summary>Synthetic figures (made up, never real), distinct by natural key, and distinct from <paramref name="existing"/>.</summary>
    private static List<FigureRow> Generate(Random random, int count, IReadOnlyList<FigureRow>? existing = null)
    {
        static string Key(FigureRow r) => string.Join('|', r.Reporter, r.Exporter, r.Importer, r.PeriodStart, r.PeriodEnd, r.HsCode, r.SourcePublisher, r.SourceUrl);
        var keys = (existing ?? []).Select(Key).ToHashSet();
        var rows = new List<FigureRow>();
        while (rows.Count < count)
        {
            var (start, end) = s_periods[random.Next(s_periods.Length)];
            var dataset = random.NextDouble() < 0.4;
            var reporter = s_reporters[random.Next(s_reporters.Length)];
            var row = new FigureRow
            {
                Reporter = reporter,
                Exporter = "PK",
                Importer = random.NextDouble() < 0.75 ? "CN" : "WORLD",
                PeriodStart = start,
                PeriodEnd = end,
                HsCode = s_codes[random.Next(s_codes.Length)],
                Product = "Synthetic product",
                SourcePublisher = dataset ? "UN Comtrade+" : new[] { "Paper A", "Paper B" }[random.Next(2)],
                SourceKindName = dataset ? "dataset" : "press",
                SourceDate = new DateOnly(2025, 1, 1).AddDays(random.Next(300)),
            };
            Value(row, random);
            if (keys.Add(Key(row)))
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    private static FigureRow Revise(FigureRow row, Random random)
    {
        var revised = new FigureRow
        {
            Reporter = row.Reporter, Exporter = row.Exporter, Importer = row.Importer, PeriodStart = row.PeriodStart, PeriodEnd = row.PeriodEnd,
            HsCode = row.HsCode, Product = row.Product, SourcePublisher = row.SourcePublisher, SourceUrl = row.SourceUrl,
            SourceKindName = row.SourceKindName, SourceDate = row.SourceDate,
        };
        Value(revised, random);
        return revised;
    }

    private static void Value(FigureRow row, Random random)
    {
        var roll = random.NextDouble();
        row.ValueUsd = roll < 0.08 ? null
            : roll < 0.12 ? 0m
            : roll < 0.5 ? random.Next(1, 2000) * 10_000m
            : Math.Round((decimal)(random.NextDouble() * 5e8), 2);
        row.QualifierName = row.ValueUsd is null ? "named_without_value"
            : new[] { "exact", "exact", "exact", "at_least", "approximate" }[random.Next(5)];
        row.Note = string.Create(CultureInfo.InvariantCulture, $"synthetic {random.Next()}");
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MineralTrade.Web.Data;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A migration that adds an index to a table holding rows leaves the planner statistics for it: without them SQLite
/// weighed GroupTotals' covering indexes by guesswork and read the overview's periods through every fat row (issue 21:
/// 142.8 ms of SQL a request at 297k figures, 4.8 ms with the statistics). The same for a migration that rebuilds a table.
/// </summary>
public class MigrationStatisticsTests
{
    private static readonly string[] s_counts = ["IX_GroupTotals_FlowCounts", "IX_GroupTotals_ReporterCounts"];

    [SqliteFact]
    public async Task GroupTotalCounts_OnAStoreWithTotals_LeavesStatisticsForItsIndexes()
    {
        await using var app = new MineralTradeApp();
        _ = app.Server; // started: the store migrated, seeded and summarised (its rebuild analysed the indexes then)
        await using var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder(app.Store.ConnectionString) { Pooling = false }.ToString()).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var counts = migrations.FindIndex(m => m.EndsWith("_GroupTotalCounts", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();

        // The store as the migration before meets it: totals in place, the two indexes (and their statistics) not yet.
        await migrator.MigrateAsync(migrations[counts - 1]);
        Assert.True(await ScalarAsync(db, "SELECT COUNT(*) FROM \"GroupTotals\"") > 0);
        Assert.Equal(0, await ScalarAsync(db, StatisticsOfCounts));
        await migrator.MigrateAsync();

        Assert.Equal(s_counts.Length, await ScalarAsync(db, StatisticsOfCounts));
    }

    [SqliteFact]
    public async Task FigureLargest_OnAStoreWithFigures_LeavesStatisticsForItsIndex()
    {
        await using var app = new MineralTradeApp();
        _ = app.Server;
        await using var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder(app.Store.ConnectionString) { Pooling = false }.ToString()).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var largest = migrations.FindIndex(m => m.EndsWith("_FigureLargest", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        const string Statistics = "SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'IX_Figures_Largest'";

        await migrator.MigrateAsync(migrations[largest - 1]);
        Assert.True(await ScalarAsync(db, "SELECT COUNT(*) FROM \"Figures\"") > 0);
        Assert.Equal(0, await ScalarAsync(db, Statistics));
        await migrator.MigrateAsync();

        Assert.Equal(1, await ScalarAsync(db, Statistics));
    }

    /// <summary>
    /// GroupTotalParts moves each total's parts into a table of its own (decision 0124); dropping the columns rebuilds
    /// GroupTotals on SQLite, which takes its indexes' statistics with the old table: the migration analyses it again.
    /// </summary>
    [SqliteFact]
    public async Task GroupTotalParts_OnAStoreWithTotals_MovesTheirPartsAndLeavesStatistics()
    {
        await using var app = new MineralTradeApp();
        _ = app.Server;
        await using var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder(app.Store.ConnectionString) { Pooling = false }.ToString()).Options);
        var migrations = db.Database.GetMigrations().ToList();
        var split = migrations.FindIndex(m => m.EndsWith("_GroupTotalParts", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        var moved = await RowsAsync(db, "SELECT \"TotalId\", \"ComponentIds\", \"Parts\" FROM \"GroupTotalParts\" ORDER BY 1");

        // The store as the migration before meets it: each total's parts in its own row (moved back by Down).
        await migrator.MigrateAsync(migrations[split - 1]);
        Assert.Contains(moved, p => p.Contains(' ', StringComparison.Ordinal));
        Assert.Equal(moved, await RowsAsync(db, "SELECT \"Id\", \"ComponentIds\", \"Parts\" FROM \"GroupTotals\" ORDER BY 1"));
        await migrator.MigrateAsync();

        Assert.Equal(moved, await RowsAsync(db, "SELECT \"TotalId\", \"ComponentIds\", \"Parts\" FROM \"GroupTotalParts\" ORDER BY 1"));
        Assert.Equal(0, await ScalarAsync(db, "SELECT COUNT(*) FROM pragma_table_info('GroupTotals') WHERE name IN ('ComponentIds', 'Parts')"));
        string[] indexes = ["IX_GroupTotals_Listing", "IX_GroupTotals_Exporter_Importer_PeriodKind_PeriodEnd", .. s_counts];
        Assert.Equal(indexes.Length, await ScalarAsync(db,
            $"SELECT COUNT(DISTINCT idx) FROM sqlite_stat1 WHERE tbl = 'GroupTotals' AND idx IN ({string.Join(", ", indexes.Select(i => $"'{i}'"))})"));
    }

    private static string StatisticsOfCounts =>
        $"SELECT COUNT(DISTINCT idx) FROM sqlite_stat1 WHERE idx IN ({string.Join(", ", s_counts.Select(i => $"'{i}'"))})";

    /// <summary>Each row's columns as one line of text.</summary>
    private static async Task<List<string>> RowsAsync(MineralTradeDbContext db, string sql)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    private static async Task<long> ScalarAsync(MineralTradeDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

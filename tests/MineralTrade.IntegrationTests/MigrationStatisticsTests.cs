using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MineralTrade.Web.Data;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A migration that adds an index to a table holding rows leaves the planner statistics for it: without them SQLite
/// weighed GroupTotals' covering indexes by guesswork and read the overview's periods through every fat row (issue 21:
/// 142.8 ms of SQL a request at 297k figures, 4.8 ms with the statistics).
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

    private static string StatisticsOfCounts =>
        $"SELECT COUNT(DISTINCT idx) FROM sqlite_stat1 WHERE idx IN ({string.Join(", ", s_counts.Select(i => $"'{i}'"))})";

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

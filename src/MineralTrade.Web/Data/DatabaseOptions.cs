namespace MineralTrade.Web.Data;

/// <summary>The <c>Database</c> section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Where the store lives: <see cref="DatabaseProvider.Sqlite"/>, a file beside the app (the default: nothing to
    /// install), or <see cref="DatabaseProvider.PostgreSql"/>, a server that several app nodes share.
    /// </summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations (and seed) at start-up: on by default; nodes that start together take turns (EF's migration lock).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The folder of the seed files (Data/Seeder.cs); by default <c>data/</c> as the build copies it beside the app.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>
    /// SQLite's page cache per connection, in MiB (<see cref="SqliteReadCache"/>, decision 0073), filled only as pages
    /// are read. SQLite's own 2 MB made every request of <c>/</c> at 297k figures read GroupTotals' rows from the file again.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1024)]
    public int SqliteCacheMiB { get; set; } = 64;

    /// <summary>How much of an SQLite store each connection reads through a memory map, in MiB (0: none, SQLite's default; decision 0073).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 65536)]
    public int SqliteMmapMiB { get; set; }
}

/// <summary>The database engines the store runs on, each with its own migrations (docs/decisions/0070).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

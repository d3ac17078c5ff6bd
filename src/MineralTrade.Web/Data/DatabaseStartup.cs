using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Data;

/// <summary>How the store is reached and prepared: the one place that knows the database provider.</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// The context factory (one short-lived context per operation) for the configured provider (<c>Database:Provider</c>,
    /// <c>ConnectionStrings:MineralTrade</c>), seeded from <c>data/</c>, and the data protection keys kept in the store so
    /// that every node reads what another protected.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<MineralTradeDbContext, StoreContextFactory>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            _ = database.Provider switch
            {
                DatabaseProvider.PostgreSql => options.UseNpgsql(ConnectionString(configuration)),
                _ => options.UseSqlite(SqliteConnectionString(configuration, provider.GetRequiredService<IHostEnvironment>().ContentRootPath))
                    .AddInterceptors(s_journalLimit, new SqliteReadCache(database.SqliteCacheMiB, database.SqliteMmapMiB)),
            };
            options.UseSeed(database);
        });
        // Antiforgery tokens and circuit state made by one node must open on another: one key ring, one application name
        // (by default each install path would be an application of its own).
        services.AddDataProtection().SetApplicationName("MineralTrade").PersistKeysToDbContext<MineralTradeDbContext>();
        services.AddHostedService<CheckpointAtShutdown>();
        return services;
    }

    private static readonly SqliteJournal.SizeLimitInterceptor s_journalLimit = new();

    /// <summary>Seeds from <c>data/</c> (or <see cref="DatabaseOptions.SeedDirectory"/>) when the migrations run: the app's store, or a restored copy.</summary>
    public static DbContextOptionsBuilder UseSeed(this DbContextOptionsBuilder options, DatabaseOptions database)
    {
        var seeds = database.SeedDirectory ?? Seeder.DataDirectory;
        return options
            .UseSeeding((db, _) => SeedAsync(db, seeds, CancellationToken.None).GetAwaiter().GetResult())
            .UseAsyncSeeding((db, _, cancellationToken) => SeedAsync(db, seeds, cancellationToken));
    }

    /// <summary>How long a node's start-up waits for another node that migrates and seeds the same store.</summary>
    public static readonly TimeSpan MigrationWait = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Applies migrations and seeds, where <see cref="DatabaseOptions.MigrateOnStartup"/> allows; then WAL on SQLite.
    /// Nodes that start together over one PostgreSQL database take turns. A store that cannot be used is a
    /// <see cref="StoreUnavailableException"/>.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        var migrate = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup;
        var factory = services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        // A PostgreSQL database not made yet: created where the role may, else one clear line (not a stack trace).
        await MissingDatabase.EnsureExistsAsync(db.Database, mayCreate: migrate);
        if (!migrate)
        {
            return;
        }
        // EF's own lock on PostgreSQL (LOCK TABLE on the history) ends with each migration's transaction: two nodes
        // starting together could both apply the next one. The store's write lock covers them all, and the seed.
        await using (await StoreWriteLock.HoldAsync(db.Database, MigrationWait))
        {
            await db.Database.MigrateAsync();
        }
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the pages read while an import writes; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await SummaryCatchUp.EnsureAsync(db);
        if (db.Database.IsSqlite())
        {
            // The migrations and the seed into the file: a copy of an idle store's file is the store.
            await SqliteJournal.CheckpointAsync(db.Database.GetConnectionString()!, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteJournal)));
        }
    }

    /// <summary>Empties SQLite's write-ahead log into the database file once the site has stopped serving.</summary>
    /// <remarks>
    /// In <see cref="IHostedLifecycleService.StoppedAsync"/>: after every hosted service (the server included) has
    /// stopped, and inside each stop of the host, so the log is empty when a stop returns. Two stops can overlap (the
    /// process's own run and a test host's dispose), and the services are disposed as soon as one returns: the store's
    /// connection string is read at start, so the checkpoint needs no service when it runs.
    /// </remarks>
    private sealed class CheckpointAtShutdown(IDbContextFactory<MineralTradeDbContext> dbFactory, ILogger<CheckpointAtShutdown> logger)
        : IHostedLifecycleService
    {
        private string? _sqlite;

        public async Task StartingAsync(CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            _sqlite = db.Database.IsSqlite() ? db.Database.GetConnectionString() : null;
        }

        // Not cancelled by the stop's timeout: what it moves is committed either way, and it is short.
        public Task StoppedAsync(CancellationToken cancellationToken) =>
            _sqlite is { } store ? SqliteJournal.CheckpointAsync(store, logger, CancellationToken.None) : Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    // The seed takes the store's write lock inside its transaction (EF's, or one of its own): PostgreSQL's migration
    // lock does not cover seeding, and two nodes starting together would both add the new seed rows.
    private static async Task SeedAsync(DbContext db, string directory, CancellationToken cancellationToken)
    {
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        StoreWriteLock.Acquire(db.Database);
        await Seeder.SeedAsync((MineralTradeDbContext)db, directory, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Makes the configured provider's context: PostgreSQL's is a type of its own, so that EF finds its migrations.</summary>
    private sealed class StoreContextFactory(DbContextOptions<MineralTradeDbContext> options, IOptions<DatabaseOptions> database)
        : IDbContextFactory<MineralTradeDbContext>
    {
        public MineralTradeDbContext CreateDbContext() =>
            database.Value.Provider == DatabaseProvider.PostgreSql ? new PostgreSqlDbContext(options) : new MineralTradeDbContext(options);
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("MineralTrade") ?? throw new InvalidOperationException("ConnectionStrings:MineralTrade is not set.");

    // A relative SQLite path is taken from the content root, so the database lands in the project's gitignored App_Data
    // wherever the app is started from.
    private static string SqliteConnectionString(IConfiguration configuration, string contentRootPath)
    {
        var connection = new SqliteConnectionStringBuilder(ConnectionString(configuration));
        if (connection.DataSource is { Length: > 0 } path && path != ":memory:" && !Path.IsPathRooted(path) && connection.Mode != SqliteOpenMode.Memory)
        {
            connection.DataSource = Path.Combine(contentRootPath, path);
        }
        if (Path.GetDirectoryName(connection.DataSource) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
        return connection.ToString();
    }
}

using Microsoft.Data.Sqlite;
using MineralTrade.Web.Data;
using Npgsql;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// Where one test application keeps its data: an SQLite file of its own, or, when <see cref="PostgreSqlVariable"/>
/// names a PostgreSQL server, a database of its own there. The suite runs once per provider (.ci/run runs it again
/// with the variable set, against a server from tests/scale/postgres).
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>A connection string to a PostgreSQL database whose role may create databases.</summary>
    public const string PostgreSqlVariable = "MINERALTRADE_TEST_POSTGRES";

    private static readonly string? s_server = Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } s ? s : null;

    private TestStore(DatabaseProvider provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
    }

    private readonly string _name;

    /// <summary>The provider this run of the suite tests.</summary>
    public static DatabaseProvider SuiteProvider => s_server is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The application's settings for this store.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:MineralTrade"] = ConnectionString,
    };

    /// <summary>An empty store: an application started over it migrates and seeds it, as at a first start.</summary>
    public static TestStore Create()
    {
        if (s_server is null)
        {
            var path = Path.Combine(Path.GetTempPath(), $"mineraltrade-test-{Guid.NewGuid():N}.db");
            return new TestStore(DatabaseProvider.Sqlite, $"Data Source={path}", path);
        }
        var name = $"mineraltrade_test_{Guid.NewGuid():N}";
        Admin($"CREATE DATABASE {name}");
        return new TestStore(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(s_server) { Database = name }.ToString(), name);
    }

    /// <summary>A PostgreSQL store whose database is named but not created: what a first start on a new server meets.</summary>
    public static TestStore Missing()
    {
        var name = $"mineraltrade_test_{Guid.NewGuid():N}";
        return new TestStore(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(s_server) { Database = name }.ToString(), name);
    }

    public ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            // PostgreSQL 15 refuses to end an autovacuum worker in the database (it has no role): it ends soon, try again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
                    return ValueTask.CompletedTask;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
                {
                    Thread.Sleep(500);
                }
            }
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_name + suffix);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs <paramref name="sql"/> on the PostgreSQL server as the suite's role (which may create databases and roles).</summary>
    public static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(s_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test of something only SQLite has (its journal, its file): skipped in the PostgreSQL run.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestStore.SuiteProvider != DatabaseProvider.Sqlite)
        {
            Skip = "SQLite only; this run tests PostgreSQL";
        }
    }
}

/// <summary>A theory about something only SQLite has: skipped in the PostgreSQL run.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestStore.SuiteProvider != DatabaseProvider.Sqlite)
        {
            Skip = "SQLite only; this run tests PostgreSQL";
        }
    }
}

/// <summary>A test of something only PostgreSQL has: skipped unless the suite runs on PostgreSQL.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestStore.SuiteProvider != DatabaseProvider.PostgreSql)
        {
            Skip = $"PostgreSQL only: set {TestStore.PostgreSqlVariable} to a server's connection string (.ci/run does)";
        }
    }
}

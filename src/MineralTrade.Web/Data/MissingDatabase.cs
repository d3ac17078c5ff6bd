using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store cannot be used as configured: said in one line (what, where, what to do), which <c>Program.cs</c> prints
/// instead of a stack trace.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// A PostgreSQL database named in the connection string that does not exist yet: created at start-up when the role may
/// (CREATEDB), as SQLite creates its file; otherwise a <see cref="StoreUnavailableException"/> naming the database, the
/// server and what to do (docs/deployment.md, "PostgreSQL, one node").
/// </summary>
public static class MissingDatabase
{
    public static async Task EnsureExistsAsync(DatabaseFacade database, bool mayCreate, CancellationToken cancellationToken = default)
    {
        if (!database.IsNpgsql())
        {
            return;
        }
        var connection = new NpgsqlConnectionStringBuilder(database.GetConnectionString());
        var where = $"database \"{connection.Database}\" on {connection.Host}:{connection.Port}";
        var creator = database.GetService<IRelationalDatabaseCreator>();
        bool exists;
        try
        {
            exists = await creator.ExistsAsync(cancellationToken);
        }
        catch (Exception e) when (FromServer(e) is { } server)
        {
            // EF's retrying strategy wraps a refused connection in an InvalidOperationException.
            throw new StoreUnavailableException($"Cannot reach the PostgreSQL {where} as role \"{connection.Username}\": {Reason(server)}. "
                + "Check ConnectionStrings__MineralTrade and that the server is running (docs/deployment.md).", e);
        }
        if (exists)
        {
            return;
        }
        if (!mayCreate)
        {
            throw new StoreUnavailableException($"The PostgreSQL {where} does not exist, and Database__MigrateOnStartup is false: create it and apply "
                + "the migrations script (docs/deployment.md, \"Migrations by a DBA\").");
        }
        try
        {
            // Through the server's maintenance database, as createdb does; not EF's creator, which logs the refusal as an error.
            var admin = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Database = "postgres", Pooling = false };
            await using var server = new NpgsqlConnection(admin.ConnectionString);
            await server.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{connection.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node starting at the same moment created it.
        }
        catch (NpgsqlException e)
        {
            throw new StoreUnavailableException($"The PostgreSQL {where} does not exist, and role \"{connection.Username}\" could not create it: "
                + $"{Reason(e)}. Create it once (CREATE DATABASE \"{connection.Database}\" OWNER \"{connection.Username}\"), "
                + "or give the role CREATEDB (docs/deployment.md, \"PostgreSQL, one node\").", e);
        }
    }

    private static NpgsqlException? FromServer(Exception e) => e as NpgsqlException ?? e.InnerException as NpgsqlException;

    private static string Reason(NpgsqlException e) => e is PostgresException p ? $"{p.MessageText} ({p.SqlState})" : e.InnerException?.Message ?? e.Message;
}

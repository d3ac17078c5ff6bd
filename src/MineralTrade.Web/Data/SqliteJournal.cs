using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MineralTrade.Web.Data;

/// <summary>
/// Keeps SQLite's write-ahead log small, so that the database file is the store (docs/operations.md, "The
/// write-ahead log"): the log is emptied into the file after every import, after start-up and at shutdown, and a log
/// that grew in a large write is cut back to <see cref="SizeLimit"/> when it is next reused. Readers go on meanwhile.
/// </summary>
public static partial class SqliteJournal
{
    /// <summary>The most a write-ahead log keeps on disk once it is reused (<c>PRAGMA journal_size_limit</c>).</summary>
    public const long SizeLimit = 64L << 20;

    /// <summary>How long a checkpoint waits for readers of older snapshots to finish before it leaves the rest for the next one.</summary>
    public static readonly TimeSpan ReaderWait = TimeSpan.FromSeconds(5);

    // One checkpoint of a file at a time in this process: SQLite answers a second one busy at once, without waiting,
    // and its caller would go on as if the log were empty while the first still moved it (two stops of one host did).
    // A checkpoint this gate cannot see (SQLite's own as a connection closes, another process's) is waited for below.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> s_oneAtATime = new();

    /// <summary>
    /// Moves every write in the log into the database file and empties the log (<c>wal_checkpoint(TRUNCATE)</c>), on a
    /// connection of its own. Returns false when readers kept it from finishing within <see cref="ReaderWait"/>: what
    /// could be moved was, and the next checkpoint does the rest. Nothing on PostgreSQL or an in-memory store.
    /// </summary>
    public static async Task<bool> CheckpointAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return true;
        }
        var gate = s_oneAtATime.GetOrAdd(Path.GetFullPath(builder.DataSource), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await TruncateAsync(builder.ToString(), logger, cancellationToken);
        }
        catch (SqliteException e)
        {
            // What was committed stays committed, in the log: SQLite reads it from there, and replays it at the next start.
            LogFailed(logger, e);
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<bool> TruncateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)ReaderWait.TotalMilliseconds}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        while (true)
        {
            // One row: busy (1 when readers or a writer kept it from finishing), the log's frames, the frames moved.
            var (busy, frames, moved) = await CheckpointOnceAsync(command, cancellationToken);
            if (busy == 0)
            {
                return true;
            }
            // Busy with log -1: another checkpoint holds the log (SQLite's own as a connection closes, another process's),
            // and SQLite says so at once, without its busy timeout. It ends soon: then ours empties the log.
            if (frames == -1 && Stopwatch.GetElapsedTime(started) < ReaderWait)
            {
                await Task.Delay(AnotherCheckpointPoll, cancellationToken);
                continue;
            }
            LogPostponed(logger, moved, frames);
            return false;
        }
    }

    private static readonly TimeSpan AnotherCheckpointPoll = TimeSpan.FromMilliseconds(20);

    private static async Task<(long Busy, long Frames, long Moved)> CheckpointOnceAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) : (0, 0, 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint failed; the write-ahead log keeps what it holds")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkpoint: {Moved} of {Frames} write-ahead log frames moved into the database file; readers kept the rest, which the next checkpoint moves")]
    private static partial void LogPostponed(ILogger logger, long moved, long frames);

    /// <summary>Sets <see cref="SizeLimit"/> on each SQLite connection once (a pooled connection keeps it).</summary>
    public sealed class SizeLimitInterceptor : DbConnectionInterceptor
    {
        // The native connection outlives the SqliteConnection around it in the pool: one PRAGMA each.
        private readonly ConditionalWeakTable<object, object> _limited = [];

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Limit(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Limit(connection);
            return Task.CompletedTask;
        }

        private void Limit(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle } sqlite && !_limited.TryGetValue(handle, out _))
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = $"PRAGMA journal_size_limit = {SizeLimit}";
                command.ExecuteNonQuery();
                _limited.AddOrUpdate(handle, handle);
            }
        }
    }
}

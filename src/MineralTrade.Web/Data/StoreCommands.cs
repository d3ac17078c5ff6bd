using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MineralTrade.Web.Data;

/// <summary>
/// Raw SQL on one connection and its transaction, for the set-based writes EF Core does not express (the import's
/// merge, the summaries): commands with named parameters, each step timed into <see cref="Trace"/> when one listens.
/// </summary>
/// <param name="timeout">Seconds a command may run (0: no limit); null keeps the connection's own (SQLite's busy timeout).</param>
public sealed class StoreCommands(DbConnection connection, DbTransaction? transaction, int? timeout = null)
{
    public DbConnection Connection => connection;

    public bool IsSqlite => connection is SqliteConnection;

    /// <summary>Where each step's time goes (the import command's verbose output, the benchmarks).</summary>
    public Action<string>? Trace { get; set; }

    /// <summary>A figure's money as the EF Core model reads it: REAL cast to decimal in SQLite, numeric in PostgreSQL.</summary>
    public decimal ReadMoney(DbDataReader row, int ordinal) => IsSqlite ? (decimal)row.GetDouble(ordinal) : row.GetDecimal(ordinal);

    /// <summary>A sum as the summary tables keep it: decimal text in SQLite (a REAL would round it), numeric in PostgreSQL.</summary>
    public object? ExactMoney(decimal? value) => IsSqlite ? value?.ToString(CultureInfo.InvariantCulture) : value;

    public DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        // After a commit or rollback (the transaction has no connection left) a command runs outside it.
        command.Transaction = transaction?.Connection is null ? null : transaction;
        command.CommandText = sql;
        if (timeout is { } seconds)
        {
            command.CommandTimeout = seconds;
        }
        return command;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Traced(started, cpu, sql[..Math.Min(80, sql.Length)]);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Times <paramref name="step"/> into the trace: wall clock and this process's CPU.</summary>
    public async Task<T> TracedAsync<T>(Func<Task<T>> step, Func<T, string> describe)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var result = await step();
        Traced(started, cpu, describe(result));
        return result;
    }

    public static DbParameter AddParameter(DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A quoted identifier: the model's names are case-sensitive in PostgreSQL.</summary>
    public static string Quote(string name) => $"\"{name}\"";

    /// <summary>Quoted column names, comma-separated, each after <paramref name="prefix"/> (a table alias).</summary>
    public static string List(IEnumerable<string> columns, string prefix = "") => string.Join(", ", columns.Select(c => prefix + Quote(c)));

    private DbCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name, value);
        }
        return command;
    }

    private void Traced(long started, TimeSpan cpu, string what) =>
        Trace?.Invoke($"{Stopwatch.GetElapsedTime(started).TotalMilliseconds,8:F0} ms {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds,8:F0} ms cpu  {what}");
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using MineralTrade.Web.Data;
using Npgsql;
using NpgsqlTypes;
using static MineralTrade.Web.Data.StoreCommands;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Reads a file row by row into the temporary table <c>import_rows</c>, which has the figures' own column types, and
/// indexes it by the natural key for the merge. The one step that differs by provider: SQLite, one prepared insert a
/// row; PostgreSQL, one binary COPY for the whole file.
/// </summary>
public static class ImportStaging
{
    public const string Table = "import_rows";

    public const string Drop = $"DROP TABLE IF EXISTS {Table}";

    /// <summary>Stages every row the reader yields (its problems are collected as it goes); returns the rows staged.</summary>
    public static async Task<int> StageAsync(StoreCommands store, FigureColumns columns, ImportReader reader, CancellationToken cancellationToken)
    {
        await store.ExecuteAsync($"CREATE TEMP TABLE {Table} AS SELECT 0 AS \"Line\", {List(columns.Stored)} FROM \"Figures\" WHERE 1 = 0", cancellationToken);
        var rows = store.Connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, columns, reader, cancellationToken)
            : await InsertAsync(store, columns, reader, cancellationToken);
        await store.ExecuteAsync($"CREATE INDEX {Table}_key ON {Table} ({List(columns.Key)})", cancellationToken);
        if (!store.IsSqlite)
        {
            // Autovacuum never sees a temporary table: without statistics the merge would be planned for an empty one.
            await store.ExecuteAsync($"ANALYZE {Table}", cancellationToken);
        }
        return rows;
    }

    private static async Task<int> InsertAsync(StoreCommands store, FigureColumns columns, ImportReader reader, CancellationToken cancellationToken)
    {
        await using var insert = (SqliteCommand)store.Command(
            $"INSERT INTO {Table} (\"Line\", {List(columns.Stored)}) VALUES ($Line, {string.Join(", ", columns.Stored.Select(c => "$" + c))})");
        var line = insert.Parameters.Add("$Line", SqliteType.Integer);
        // Untyped: each is bound as its value (integer, real, text), as the model converts it for SQLite (money as REAL).
        var parameters = columns.Stored.Select(c => insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + c })).ToArray();
        var rows = 0;
        foreach (var (number, figure) in reader.Rows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Value = number;
            var values = columns.Values(figure);
            for (var i = 0; i < values.Length; i++)
            {
                // Dates as EF's SQLite provider writes them: ISO text.
                parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    var value => value,
                };
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }
        return rows;
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, FigureColumns columns, ImportReader reader, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Table} (\"Line\", {List(columns.Stored)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var rows = 0;
        foreach (var (number, figure) in reader.Rows())
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync((int)number, NpgsqlDbType.Integer, cancellationToken);
            foreach (var value in columns.Values(figure))
            {
                await (value switch
                {
                    null => copy.WriteNullAsync(cancellationToken),
                    int n => copy.WriteAsync(n, NpgsqlDbType.Integer, cancellationToken),
                    decimal d => copy.WriteAsync(d, NpgsqlDbType.Numeric, cancellationToken),
                    DateOnly date => copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
                    var text => copy.WriteAsync((string)text, NpgsqlDbType.Text, cancellationToken),
                });
            }
            rows++;
        }
        await copy.CompleteAsync(cancellationToken);
        return rows;
    }
}

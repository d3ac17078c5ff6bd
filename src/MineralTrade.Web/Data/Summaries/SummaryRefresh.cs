using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MineralTrade.Web.Features.Figures;
using FigureQualifier = MineralTrade.Web.Features.Figures.Qualifier;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// Recomputes the summary tables inside the transaction that changed the figures (docs/decisions/0090): the growth
/// pairs and category totals of what the change touched, or of everything after a large change, and one more data
/// version. Set-based SQL chooses the figures; the sums are added in decimal here, by the rules' own arithmetic.
/// </summary>
public sealed class SummaryRefresh : IAsyncDisposable
{
    /// <summary>The version of the rules below; a store summarised by another is rebuilt at start-up.</summary>
    public const int RulesVersion = 1;

    /// <summary>Above this share of the store, recomputing everything is cheaper than following the touched keys.</summary>
    private const double FullShare = 0.2;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly bool _sqlite;
    private bool _full;

    /// <summary>Where each step's time goes (the import command's verbose output, the benchmarks).</summary>
    public Action<string>? Trace { get; set; }

    private SummaryRefresh(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _sqlite = connection is SqliteConnection;
    }

    /// <summary>Starts recording what a change touches, on the change's own connection and transaction.</summary>
    public static async Task<SummaryRefresh> BeginAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var refresh = new SummaryRefresh(connection, transaction);
        await refresh.ExecuteAsync(SummarySql.DropTemp + SummarySql.CreateTouched, cancellationToken);
        return refresh;
    }

    /// <summary>
    /// At start-up, after the migrations and the seeding: rebuilds summaries computed by older rules, and summarises
    /// the imports (the seed's included) that were stored without them.
    /// </summary>
    public static async Task EnsureAsync(MineralTradeDbContext db, CancellationToken cancellationToken = default)
    {
        var state = await db.SummaryStates.AsNoTracking().SingleAsync(cancellationToken);
        var lastImport = await db.Imports.MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        if (state.Rules == RulesVersion && state.ImportId >= lastImport)
        {
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.GetDbConnection() is SqliteConnection)
            {
                // Sorts and temporary tables of a million rows go to a file, not to memory (and not inside the transaction).
                await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = FILE;", cancellationToken);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Another node's import or rebuild may hold the store for minutes at a million figures: longer than a
            // command's timeout (30 s unless set), which would cut the wait short.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(DatabaseStartup.MigrationWait);
            await StoreWriteLock.AcquireAsync(db.Database, DatabaseStartup.MigrationWait, cancellationToken);
            db.Database.SetCommandTimeout(timeout);
            // Another node may have summarised meanwhile.
            state = await db.SummaryStates.AsNoTracking().SingleAsync(cancellationToken);
            if (state.Rules == RulesVersion && state.ImportId >= lastImport)
            {
                return;
            }
            await using var refresh = await BeginAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken);
            if (state.Rules != RulesVersion)
            {
                refresh.TouchAll();
            }
            else
            {
                await refresh.TouchImportsAfterAsync(state.ImportId, cancellationToken);
            }
            await refresh.CompleteAsync(cancellationToken);
            // Pages cached under the previous version were computed from the summaries just replaced.
            await db.Database.ExecuteSqlRawAsync(SummarySql.BumpDataVersion, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Everything, whatever was touched: a rebuild.</summary>
    public void TouchAll() => _full = true;

    /// <summary>The figures an import added or changed (they carry its id).</summary>
    public Task TouchImportAsync(int importId, CancellationToken cancellationToken) =>
        TouchAsync("f.\"ImportId\" = @import", importId, cancellationToken);

    /// <summary>The figures of every import after <paramref name="importId"/>: those an older version of the app loaded without summaries.</summary>
    public Task TouchImportsAfterAsync(int importId, CancellationToken cancellationToken) =>
        TouchAsync("f.\"ImportId\" > @import", importId, cancellationToken);

    private async Task TouchAsync(string condition, int importId, CancellationToken cancellationToken)
    {
        if (_full)
        {
            return;
        }
        var touched = await ScalarAsync($"SELECT COUNT(*) FROM \"Figures\" f WHERE {condition}", cancellationToken, ("@import", importId));
        var figures = await ScalarAsync("SELECT COUNT(*) FROM \"Figures\"", cancellationToken);
        // A large change is cheaper to summarise whole than key by key (and its keys need not be copied).
        _full = touched > FullShare * figures;
        if (!_full)
        {
            await ExecuteAsync(SummarySql.Touch(condition), cancellationToken, ("@import", importId));
        }
    }

    /// <summary>Figures just added or changed through the context (the seed's).</summary>
    public async Task TouchFiguresAsync(IReadOnlyCollection<int> figureIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in figureIds.Chunk(500))
        {
            await ExecuteAsync(SummarySql.Touch($"f.\"Id\" IN ({string.Join(", ", chunk)})"), cancellationToken);
        }
    }

    /// <summary>Figures about to be removed: their keys, and their growth pairs, which would point nowhere.</summary>
    public async Task TouchRemovedAsync(IReadOnlyCollection<int> figureIds, CancellationToken cancellationToken)
    {
        foreach (var id in figureIds)
        {
            await ExecuteAsync(SummarySql.TouchFigure + SummarySql.ForgetPair, cancellationToken, ("@id", id));
        }
    }

    /// <summary>The same for the figures of <c>FROM "Figures" AS f WHERE ...</c> (the seed's rows its file no longer has).</summary>
    public Task TouchRemovedAsync(string fromFigures, CancellationToken cancellationToken) =>
        ExecuteAsync(SummarySql.TouchFrom(fromFigures) + SummarySql.ForgetPairs(fromFigures), cancellationToken);

    /// <summary>Recomputes what was touched (or everything) and increases the data version; does nothing if nothing was touched.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        // Summaries of other rules (or none yet: a store migrated with figures in it) are rebuilt whole.
        _full |= await ScalarAsync($"SELECT COALESCE(MAX(\"Rules\"), 0) FROM \"SummaryStates\"", cancellationToken) != RulesVersion;
        if (!_full && await ScalarAsync("SELECT COUNT(*) FROM summary_touched", cancellationToken) == 0)
        {
            await ExecuteAsync(SummarySql.MarkSummarised, cancellationToken);
            return;
        }
        if (_sqlite)
        {
            // Summaries probe a million rows: a larger page cache for this connection.
            await ExecuteAsync("PRAGMA cache_size = -65536;", cancellationToken);
        }
        if (_full)
        {
            await ExecuteAsync(SummarySql.ClearAll, cancellationToken);
            if (_sqlite)
            {
                await ExecuteAsync(SummarySql.DropIndexes, cancellationToken);
            }
            await ExecuteAsync((_sqlite ? SummarySql.AnalysisLimit : "") + SummarySql.AnalyzeFigures, cancellationToken);
            // Two commands, so that the trace times each.
            await ExecuteAsync(SummarySql.Losers(full: true), cancellationToken);
            await ExecuteAsync(SummarySql.InsertPairs(full: true), cancellationToken);
        }
        else
        {
            await ExecuteAsync(SummarySql.ScopeTables + SummarySql.Losers(full: false) + SummarySql.DeletePairs + SummarySql.InsertPairs(full: false)
                + SummarySql.DeleteTotals, cancellationToken);
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var written = await WriteTotalsAsync(cancellationToken);
        Trace?.Invoke($"{System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,8:F0} ms {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds,8:F0} ms cpu  {written} totals");
        if (_full && _sqlite)
        {
            await ExecuteAsync(SummarySql.CreateIndexes, cancellationToken);
        }
        await ExecuteAsync(SummarySql.MarkRules, cancellationToken, ("@rules", RulesVersion));
        if (_full)
        {
            await ExecuteAsync((_sqlite ? SummarySql.AnalysisLimit : "") + SummarySql.Analyze, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync(SummarySql.DropTemp, CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The transaction was rolled back with the connection: the temporary tables went with it.
        }
    }

    /// <summary>
    /// Reads every figure of the groups to total once, keeps per group and category the parts and the counts, then
    /// writes each group's totals: one row per category, summed in decimal, with its share of the group's minerals.
    /// </summary>
    private async Task<int> WriteTotalsAsync(CancellationToken cancellationToken)
    {
        var drafts = new Dictionary<GroupKey, TotalDraft>();
        await using (var scan = Command(SummarySql.GroupScan(_full)))
        await using (var row = await scan.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                var key = GroupKey.Read(row);
                if (!drafts.TryGetValue(key, out var draft))
                {
                    drafts.Add(key, draft = new TotalDraft(key));
                }
                draft.Figures++;
                draft.GrowthRates += row.GetInt32(12);
                if (!row.IsDBNull(13) && row.GetFieldValue<DateOnly>(13) is var published && (draft.LatestPublished is null || published > draft.LatestPublished))
                {
                    draft.LatestPublished = published;
                }
                if (row.GetInt32(11) == 1)
                {
                    draft.AddPart(row.GetInt32(7), row.GetString(8), row.IsDBNull(9) ? null : ReadMoney(row, 9), EnumNames<FigureQualifier>.Parse(row.GetString(10)));
                }
            }
        }
        await using var insert = Command(SummarySql.InsertTotal);
        var p = SummarySql.TotalColumns.ToDictionary(c => c, c => AddParameter(insert, "@" + c));
        foreach (var group in drafts.Values.GroupBy(d => d.Key with { Category = "" }))
        {
            await WriteGroupAsync(insert, p, [.. group], cancellationToken);
        }
        return drafts.Count;
    }

    /// <summary>Money as the EF Core model reads it: REAL cast to decimal in SQLite, numeric in PostgreSQL.</summary>
    private decimal ReadMoney(DbDataReader row, int ordinal) => _sqlite ? (decimal)row.GetDouble(ordinal) : row.GetDecimal(ordinal);

    private async Task WriteGroupAsync(DbCommand insert, Dictionary<string, DbParameter> p, List<TotalDraft> group, CancellationToken cancellationToken)
    {
        var minerals = group.Where(t => HsClassification.IsMineral(t.Key.Category)).Sum(t => t.Value ?? 0m);
        foreach (var t in group)
        {
            var k = t.Key;
            Set(p["Reporter"], k.Reporter);
            Set(p["Exporter"], k.Exporter);
            Set(p["Importer"], k.Importer);
            Set(p["Publisher"], k.Publisher);
            Set(p["PeriodStart"], k.PeriodStart);
            Set(p["PeriodEnd"], k.PeriodEnd);
            Set(p["PeriodKind"], EnumNames<PeriodKind>.Name(Period.KindOf(k.PeriodStart, k.PeriodEnd)));
            Set(p["Category"], k.Category);
            Set(p["ValueUsd"], Exact(t.Value));
            Set(p["Qualifier"], EnumNames<DerivedQualifier>.Name(t.Qualifier));
            var components = t.Components.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            Set(p["Basket"], string.Join(' ', components.Select(c => c.Code)));
            Set(p["ComponentIds"], string.Join(' ', components.Select(c => c.Id)));
            Set(p["NamedIds"], string.Join(' ', t.Named.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => c.Id)));
            Set(p["SharePercent"], Exact(Comparisons.Share(HsClassification.CategoryOf(k.Category), t.Value, minerals)));
            Set(p["Figures"], t.Figures);
            Set(p["GrowthRates"], t.GrowthRates);
            Set(p["LatestPublished"], t.LatestPublished);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A sum as the summary tables keep it: decimal text in SQLite (a REAL would round it), numeric in PostgreSQL.</summary>
    private object? Exact(decimal? value) => _sqlite ? value?.ToString(CultureInfo.InvariantCulture) : value;

    private static void Set(DbParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private DbCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        // After a commit or rollback the temporary tables are dropped outside any transaction.
        command.Transaction = _transaction.Connection is null ? null : _transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        await using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name).Value = value;
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
        Trace?.Invoke($"{System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,8:F0} ms {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds,8:F0} ms cpu  {sql[..Math.Min(80, sql.Length)]}");
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name).Value = value;
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>A group and category as the counts and parts queries return them in their first seven columns.</summary>
    private readonly record struct GroupKey(string Reporter, string Exporter, string Importer, string Publisher, int PeriodStart, int PeriodEnd, string Category)
    {
        public static GroupKey Read(DbDataReader r) =>
            new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6));

    }

    private sealed class TotalDraft(GroupKey key)
    {
        public GroupKey Key { get; } = key;
        public int Figures { get; set; }
        public int GrowthRates { get; set; }
        public DateOnly? LatestPublished { get; set; }
        public List<(int Id, string Code)> Components { get; } = [];
        public List<(int Id, string Code)> Named { get; } = [];
        public decimal? Value { get; private set; }
        public DerivedQualifier Qualifier { get; private set; } = DerivedQualifier.Exact;

        public void AddPart(int id, string code, decimal? value, FigureQualifier qualifier)
        {
            if (value is not { } v)
            {
                Named.Add((id, code));
                return;
            }
            Components.Add((id, code));
            Value = (Value ?? 0m) + v;
            // The rule of Comparisons.Sum: any approximate part makes the sum approximate, else any bound a bound.
            if (qualifier == FigureQualifier.Approximate)
            {
                Qualifier = DerivedQualifier.Approximate;
            }
            else if (qualifier == FigureQualifier.AtLeast && Qualifier == DerivedQualifier.Exact)
            {
                Qualifier = DerivedQualifier.AtLeast;
            }
        }
    }
}

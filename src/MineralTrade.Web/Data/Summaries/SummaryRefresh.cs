using System.Data.Common;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// Recomputes the summary tables inside the transaction that changed the figures (docs/decisions/0090): records what
/// the change touches, then recomputes the growth pairs (set-based SQL, <see cref="SummarySql"/>) and the category
/// totals (<see cref="TotalsWriter"/>) and the year-to-date and 12-month sums (<see cref="WindowWriter"/>) of those keys, or of everything after a large change.
/// </summary>
public sealed class SummaryRefresh : IAsyncDisposable
{
    /// <summary>The version of the rules below; a store summarised by another is rebuilt at start-up.</summary>
    public const int RulesVersion = 5;

    /// <summary>Above this share of the store, recomputing everything is cheaper than following the touched keys.</summary>
    private const double FullShare = 0.2;

    private readonly StoreCommands _store;
    private bool _full;

    /// <summary>Where each step's time goes (the import command's verbose output, the benchmarks).</summary>
    public Action<string>? Trace
    {
        get => _store.Trace;
        set => _store.Trace = value;
    }

    // No time limit: a rebuild of a million figures runs for minutes, and the store's write lock is held already.
    private SummaryRefresh(DbConnection connection, DbTransaction transaction) => _store = new StoreCommands(connection, transaction, timeout: 0);

    /// <summary>Starts recording what a change touches, on the change's own connection and transaction.</summary>
    public static async Task<SummaryRefresh> BeginAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var refresh = new SummaryRefresh(connection, transaction);
        await refresh._store.ExecuteAsync(SummarySql.DropTemp + SummarySql.CreateTouched, cancellationToken);
        return refresh;
    }

    /// <summary>Everything, whatever was touched: a rebuild.</summary>
    public void TouchAll() => _full = true;

    /// <summary>The figures an import added or changed (they carry its id).</summary>
    public Task TouchImportAsync(int importId, CancellationToken cancellationToken) =>
        TouchAsync("f.\"ImportId\" = @import", importId, cancellationToken);

    /// <summary>The figures of an import that it has just staged (in <paramref name="staged"/>, matched by <paramref name="match"/>): one part of a larger import.</summary>
    public Task TouchStagedAsync(string staged, string match, int importId, CancellationToken cancellationToken) =>
        TouchAsync($"f.\"ImportId\" = @import AND EXISTS (SELECT 1 FROM {staged} r WHERE {match})", importId, cancellationToken);

    /// <summary>The figures of every import after <paramref name="importId"/>: those an older version of the app loaded without summaries.</summary>
    public Task TouchImportsAfterAsync(int importId, CancellationToken cancellationToken) =>
        TouchAsync("f.\"ImportId\" > @import", importId, cancellationToken);

    private async Task TouchAsync(string condition, int importId, CancellationToken cancellationToken)
    {
        if (_full)
        {
            return;
        }
        var touched = await _store.ScalarAsync($"SELECT COUNT(*) FROM \"Figures\" f WHERE {condition}", cancellationToken, ("@import", importId));
        var figures = await _store.ScalarAsync("SELECT COUNT(*) FROM \"Figures\"", cancellationToken);
        // A large change is cheaper to summarise whole than key by key (and its keys need not be copied).
        _full = touched > FullShare * figures;
        if (!_full)
        {
            await _store.ExecuteAsync(SummarySql.Touch(condition), cancellationToken, ("@import", importId));
        }
    }

    /// <summary>Figures just added or changed through the context (the seed's).</summary>
    public async Task TouchFiguresAsync(IReadOnlyCollection<int> figureIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in figureIds.Chunk(500))
        {
            await _store.ExecuteAsync(SummarySql.Touch($"f.\"Id\" IN ({string.Join(", ", chunk)})"), cancellationToken);
        }
    }

    /// <summary>Figures about to be removed: their keys, and their growth pairs, which would point nowhere.</summary>
    public async Task TouchRemovedAsync(IReadOnlyCollection<int> figureIds, CancellationToken cancellationToken)
    {
        foreach (var id in figureIds)
        {
            await _store.ExecuteAsync(SummarySql.TouchFigure + SummarySql.ForgetPair, cancellationToken, ("@id", id));
        }
    }

    /// <summary>The same for the figures of <c>FROM "Figures" AS f WHERE ...</c> (the seed's rows its file no longer has).</summary>
    public Task TouchRemovedAsync(string fromFigures, CancellationToken cancellationToken) =>
        _store.ExecuteAsync(SummarySql.TouchFrom(fromFigures) + SummarySql.ForgetPairs(fromFigures), cancellationToken);

    /// <summary>Recomputes what was touched (or everything) and increases the data version; does nothing if nothing was touched.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        // Summaries of other rules (or none yet: a store migrated with figures in it) are rebuilt whole.
        _full |= await _store.ScalarAsync($"SELECT COALESCE(MAX(\"Rules\"), 0) FROM \"SummaryStates\"", cancellationToken) != RulesVersion;
        if (!_full && await _store.ScalarAsync("SELECT COUNT(*) FROM summary_touched", cancellationToken) == 0)
        {
            await _store.ExecuteAsync(SummarySql.MarkSummarised, cancellationToken);
            return;
        }
        // The page cache is the connection's own, Database:SqliteCacheMiB as every connection's (docs/decisions/0073).
        if (_full)
        {
            await _store.ExecuteAsync(SummarySql.ClearAll, cancellationToken);
            if (_store.IsSqlite)
            {
                await _store.ExecuteAsync(SummarySql.DropIndexes, cancellationToken);
            }
            await _store.ExecuteAsync((_store.IsSqlite ? SummarySql.AnalysisLimit : "") + SummarySql.AnalyzeFigures, cancellationToken);
            // Two commands, so that the trace times each.
            await _store.ExecuteAsync(SummarySql.Losers(full: true), cancellationToken);
            await _store.ExecuteAsync(SummarySql.InsertPairs(full: true), cancellationToken);
        }
        else
        {
            await _store.ExecuteAsync(SummarySql.ScopeTables + SummarySql.Losers(full: false) + SummarySql.DeletePairs + SummarySql.InsertPairs(full: false)
                + SummarySql.DeleteTotals, cancellationToken);
        }
        await _store.TracedAsync(() => TotalsWriter.WriteAsync(_store, _full, cancellationToken), written => $"{written} totals");
        await _store.TracedAsync(() => WindowWriter.WriteAsync(_store, _full, cancellationToken), written => $"{written} windows");
        if (_full && _store.IsSqlite)
        {
            await _store.ExecuteAsync(SummarySql.CreateIndexes, cancellationToken);
        }
        await _store.ExecuteAsync(SummarySql.MarkRules, cancellationToken, ("@rules", RulesVersion));
        if (_full)
        {
            await _store.ExecuteAsync((_store.IsSqlite ? SummarySql.AnalysisLimit : "") + SummarySql.Analyze, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _store.ExecuteAsync(SummarySql.DropTemp, CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The transaction was rolled back with the connection: the temporary tables went with it.
        }
    }
}

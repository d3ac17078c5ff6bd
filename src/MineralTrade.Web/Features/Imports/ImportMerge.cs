using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MineralTrade.Web.Data;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Revisions;
using static MineralTrade.Web.Data.StoreCommands;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// The import's one transaction, after the file's scan: stage every row (<see cref="ImportStaging"/>), check them, and
/// only for a file without a single problem merge them into the figures, set-based, with the history entry and the
/// summaries of what changed (docs/decisions/0020, 0090). The SQL runs on SQLite and PostgreSQL alike; the columns are
/// the figure's own, read from the model (<see cref="FigureColumns"/>).
/// </summary>
public static class ImportMerge
{
    // The seed's own figures: those its history entries brought (a constant, so no parameter is needed).
    private const string SeedOwned = $" AND f.\"ImportId\" IN (SELECT \"Id\" FROM \"Imports\" WHERE \"ImportedBy\" = '{ImportService.Seed}')";

    /// <summary>
    /// Stages, checks and merges in <paramref name="db"/>'s current transaction. Writes nothing when the file has a
    /// problem, for a dry run, or when it would change nothing. With <paramref name="lockWait"/>, takes the store's
    /// write lock before the counts (the seeding holds it already).
    /// </summary>
    public static async Task<ImportResult> RunAsync(MineralTradeDbContext db, string path, string fileName, string sha256, ImportPart part,
        bool dryRun, TimeSpan? lockWait, ILogger logger, CancellationToken cancellationToken)
    {
        var importedBy = part.ImportedBy;
        var importedAt = DateTime.UtcNow;
        var store = new StoreCommands(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction());
        var columns = FigureColumns.Of(db.Model);
        // Equal keys: NULL matches NULL in a column that may be empty; the others compare with '=', which an index serves.
        var match = string.Join(" AND ", columns.Key.Select(c => columns.IsNullable(c) ? $"f.{Quote(c)} IS NOT DISTINCT FROM r.{Quote(c)}" : $"f.{Quote(c)} = r.{Quote(c)}"));

        // A pooled PostgreSQL session keeps a temporary table that a failed import left behind.
        await store.ExecuteAsync(ImportStaging.Drop, cancellationToken);
        using var reader = part.Source is { } source ? ImportReader.Open(path, source) : ImportReader.Open(path, fileName, DateOnly.FromDateTime(importedAt));
        var rows = await ImportStaging.StageAsync(store, columns, reader, cancellationToken);
        await FindDuplicatesAsync(store, match, reader.Problems, cancellationToken);
        // A part that answers for figures may hold none of them: its release has none (they are withdrawn).
        if (rows == 0 && reader.Skipped == 0 && reader.Problems.Count == 0 && part.Answers is null)
        {
            reader.Problems.Add(2, null, "the file has a header and no rows: there is nothing to import");
        }
        if (reader.Problems.Count > 0 || reader.Format is not { } format)
        {
            return ImportResult.Rejected(reader.Problems);
        }
        // From here to the commit, one writer at a time across every node: the counts must still hold at the merge.
        if (lockWait is { } wait)
        {
            await StoreWriteLock.AcquireAsync(db.Database, wait, cancellationToken);
        }

        // A UN Comtrade+ row's note and date say which file brought it and when: re-importing the same data from
        // another file or on another day changes nothing, so they only count for native files.
        var compared = format == ImportFormat.Native ? columns.Content : columns.Content.Except(columns.Provenance);
        var differs = string.Join(" OR ", compared.Select(c => $"f.{Quote(c)} IS DISTINCT FROM r.{Quote(c)}"));
        // The seed changes only its own figures, and removes those its file no longer has; an import's figures stay.
        var seed = importedBy == ImportService.Seed;
        var owned = seed ? SeedOwned : "";
        // The figures the import is the whole truth for: the seed's own, or those a part of a fetch answers for.
        var truthFor = seed ? SeedOwned : part.Answers is { } answers ? $" AND ({answers})" : null;
        var gone = $"FROM \"Figures\" AS f WHERE NOT EXISTS (SELECT 1 FROM {ImportStaging.Table} r WHERE {match}){truthFor}";
        var added = (int)await store.ScalarAsync($"SELECT COUNT(*) FROM {ImportStaging.Table} r WHERE NOT EXISTS (SELECT 1 FROM \"Figures\" f WHERE {match})", cancellationToken);
        var changed = (int)await store.ScalarAsync($"SELECT COUNT(*) FROM {ImportStaging.Table} r WHERE EXISTS (SELECT 1 FROM \"Figures\" f WHERE {match}{owned} AND ({differs}))", cancellationToken);
        var removed = truthFor is not null ? (int)await store.ScalarAsync("SELECT COUNT(*) " + gone, cancellationToken) : 0;
        var summary = new ImportSummary(fileName, sha256, format, dryRun, rows, added, changed, removed, rows - added - changed,
            reader.Skipped, reader.SkippedReasons, null, importedAt, importedBy);
        // A file that changes nothing leaves no history entry: the history lists changes (docs/decisions/0040).
        if (dryRun || summary.NothingChanged)
        {
            return new ImportResult(summary, 0, []);
        }

        // A part of a larger load adds its counts to the load's one history entry (ImportPart.IntoImportId).
        var import = part.IntoImportId is { } into ? await db.Imports.SingleAsync(i => i.Id == into, cancellationToken) : db.Imports.Add(new Import
        {
            FileName = fileName.Length > 260 ? fileName[..260] : fileName,
            Sha256 = sha256,
            Format = part.Format ?? format,
            ImportedAt = importedAt,
            ImportedBy = importedBy,
        }).Entity;
        import.Added += added;
        import.Changed += changed;
        import.Removed += removed;
        import.Unchanged += summary.Unchanged;
        import.Skipped += summary.Skipped;
        await db.SaveChangesAsync(cancellationToken);
        if (!seed)
        {
            // The values the import replaces or takes out stay as vintages (docs/decisions/0122); the seed corrects its own.
            await store.ExecuteAsync(VintageSql.KeepReplaced(columns, match), cancellationToken, ("@import", import.Id));
            if (removed > 0)
            {
                await store.ExecuteAsync(VintageSql.KeepWithdrawn(columns, gone), cancellationToken, ("@import", import.Id));
            }
        }

        // The summaries of what the import touches, in its transaction: pages never see one without the other
        // (docs/decisions/0090). Removed figures are touched before they go.
        await using var summaries = await SummaryRefresh.BeginAsync(store.Connection, db.Database.CurrentTransaction!.GetDbTransaction(), cancellationToken);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Where the import's time goes, step by step (docs/performance.md: the import's cost is mostly the summaries').
            store.Trace = summaries.Trace = step => logger.LogDebug("Import {ImportId}: {Step}", import.Id, step);
        }
        if (removed > 0)
        {
            await summaries.TouchRemovedAsync(gone, cancellationToken);
            await store.ExecuteAsync("DELETE " + gone, cancellationToken);
        }
        var importId = ("@import", (object)import.Id);
        var updated = columns.Content.Select(c => $"{Quote(c)} = r.{Quote(c)}").Append("\"ImportId\" = @import");
        await store.ExecuteAsync(
            $"UPDATE \"Figures\" AS f SET {string.Join(", ", updated)} FROM {ImportStaging.Table} AS r WHERE {match}{owned} AND ({differs})",
            cancellationToken, importId);
        await store.ExecuteAsync(
            $"INSERT INTO \"Figures\" ({List(columns.Stored)}, \"ImportId\") SELECT {List(columns.Stored, "r.")}, @import "
            + $"FROM {ImportStaging.Table} AS r WHERE NOT EXISTS (SELECT 1 FROM \"Figures\" f WHERE {match}) ORDER BY r.\"Line\"",
            cancellationToken, importId);
        if (part.IntoImportId is not null)
        {
            // The entry holds the figures of the parts before this one too: touch this part's alone.
            await summaries.TouchStagedAsync(ImportStaging.Table, match, import.Id, cancellationToken);
        }
        await store.ExecuteAsync(ImportStaging.Drop, cancellationToken);
        if (part.IntoImportId is null)
        {
            await summaries.TouchImportAsync(import.Id, cancellationToken);
        }
        await summaries.CompleteAsync(cancellationToken);
        return new ImportResult(summary with { ImportId = import.Id }, 0, []);
    }

    /// <summary>The same figure twice in one file is a mistake in the file: each later line is reported against the first.</summary>
    private static async Task FindDuplicatesAsync(StoreCommands store, string match, ImportProblems problems, CancellationToken cancellationToken)
    {
        await using var command = store.Command(
            $"SELECT r.\"Line\", MIN(f.\"Line\") FROM {ImportStaging.Table} r JOIN {ImportStaging.Table} f ON {match} AND f.\"Line\" < r.\"Line\" GROUP BY r.\"Line\" ORDER BY r.\"Line\"");
        await using var duplicates = await command.ExecuteReaderAsync(cancellationToken);
        while (await duplicates.ReadAsync(cancellationToken))
        {
            problems.Add(Convert.ToInt64(duplicates.GetValue(0), CultureInfo.InvariantCulture), null,
                $"the same figure as line {Convert.ToInt64(duplicates.GetValue(1), CultureInfo.InvariantCulture)} (same reporter, exporter, importer, period, HS code and source)");
        }
    }
}

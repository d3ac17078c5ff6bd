using System.Globalization;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Backups;

/// <summary>
/// <c>MineralTrade.Web restore &lt;backup&gt;</c>: puts a backup made by <c>backup</c> back as the configured store
/// (<see cref="StoreRestore"/>). Exits 0 with what the store now holds and where the replaced one was kept; 1 when the
/// backup is not a store this build can restore (nothing changed); 2 on wrong arguments; 3 when the store stayed busy
/// (SQLite: an import writing) or is in use (PostgreSQL: the site's nodes connected); 4 when the disk is full.
/// </summary>
public static class RestoreCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not [var source])
        {
            await error.WriteLineAsync("usage: restore <backup file>");
            return CommandLine.Exit.Usage;
        }
        source = CommandLine.FullPath(source);
        if (!File.Exists(source))
        {
            await error.WriteLineAsync($"{source}: no such file");
            return CommandLine.Exit.Usage;
        }
        try
        {
            var restored = await services.GetRequiredService<StoreRestore>().RestoreAsync(source, cancellationToken);
            await output.WriteLineAsync($"{source}: restored, {restored.Figures.ToString("N0", CultureInfo.InvariantCulture)} figures, "
                + $"{restored.Imports.ToString("N0", CultureInfo.InvariantCulture)} imports in the history, schema {restored.Migration}");
            await output.WriteLineAsync(restored.Kept is { } kept ? $"  the store it replaced is kept in {kept}" : "  there was no store before it");
            return CommandLine.Exit.Done;
        }
        catch (BackupException e)
        {
            await error.WriteLineAsync($"restore: {e.Message}");
            return e.Exit;
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Backups;

/// <summary>
/// <c>MineralTrade.Web backup &lt;file or folder&gt;</c>: a copy of the configured store, taken while the site runs and
/// imports; into a folder, under a name with the time (<see cref="StoreBackup.FileName"/>). Exits 0 with what it
/// wrote, 2 when the destination is wrong, 4 when the disk is full (no partial file is left).
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not [var destination])
        {
            await error.WriteLineAsync("usage: backup <file or folder>");
            return CommandLine.Exit.Usage;
        }
        destination = CommandLine.FullPath(destination);
        if (Directory.Exists(destination))
        {
            destination = Path.Combine(destination, StoreBackup.FileName(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider, DateTime.UtcNow));
        }
        else if (!Directory.Exists(Path.GetDirectoryName(destination)))
        {
            await error.WriteLineAsync($"{destination}: no such folder");
            return CommandLine.Exit.Usage;
        }
        try
        {
            var backup = await services.GetRequiredService<StoreBackup>().BackupAsync(destination, cancellationToken);
            var figures = backup.Figures is { } n ? $", {n.ToString("N0", CultureInfo.InvariantCulture)} figures" : "";
            await output.WriteLineAsync($"{backup.Path}: {backup.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes{figures}, checked");
            return CommandLine.Exit.Done;
        }
        catch (BackupException e)
        {
            await error.WriteLineAsync($"backup: {e.Message}");
            return e.Exit;
        }
    }
}

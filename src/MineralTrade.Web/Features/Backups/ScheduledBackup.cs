using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Backups;

/// <summary>
/// Backs the store up into <c>Backup:Directory</c> every <c>Backup:Interval</c> and keeps the <c>Backup:Keep</c> newest,
/// while the site runs (the same backup as the <c>backup</c> command). Nothing unless a folder is set. On several
/// PostgreSQL nodes, set it on one (each node would take its own).
/// </summary>
public sealed partial class ScheduledBackup(IOptions<BackupOptions> options, IOptions<DatabaseOptions> database, StoreBackup backup, TimeProvider time, ILogger<ScheduledBackup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Directory is not { Length: > 0 } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            var newest = Backups(folder).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
            var wait = newest == DateTime.MinValue ? TimeSpan.Zero : newest + options.Value.Interval - time.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            try
            {
                var made = await backup.BackupAsync(Path.Combine(folder, StoreBackup.FileName(database.Value.Provider, time.GetUtcNow().UtcDateTime)), stoppingToken);
                LogMade(logger, made.Path, made.Bytes);
                foreach (var old in Backups(folder).OrderByDescending(File.GetLastWriteTimeUtc).Skip(options.Value.Keep))
                {
                    File.Delete(old);
                }
            }
            catch (Exception e) when (e is BackupException or IOException || StorageFailure.Describe(e) is not null)
            {
                // Said, and tried again after the interval: a full disk must not stop the site, nor end the schedule.
                LogFailed(logger, e);
                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
        }
    }

    private static IEnumerable<string> Backups(string folder) =>
        Directory.EnumerateFiles(folder, "mineraltrade-*").Where(f => Path.GetExtension(f) is ".db" or ".dump");

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled backup written: {Path} ({Bytes} bytes)")]
    private static partial void LogMade(ILogger logger, string path, long bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled backup failed; the next try is after Backup:Interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

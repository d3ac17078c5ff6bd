using System.ComponentModel.DataAnnotations;

namespace MineralTrade.Web.Features.Backups;

/// <summary>The <c>Backup</c> section: backups the site takes by itself (docs/operations.md). Off unless a folder is set.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where scheduled backups go (<c>mineraltrade-20261206T045736Z.db</c>, or <c>.dump</c> on PostgreSQL); none: no scheduled backups.</summary>
    public string? Directory { get; set; }

    /// <summary>How long after the newest backup in the folder the next one is taken (a restart neither skips nor repeats one).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many of the newest backups in the folder are kept; older ones are deleted after each new one.</summary>
    [Range(1, 100_000)]
    public int Keep { get; set; } = 7;

    /// <summary>The folder of PostgreSQL's client tools (pg_dump, pg_restore), where they are not on the PATH.</summary>
    public string? PostgreSqlBin { get; set; }
}

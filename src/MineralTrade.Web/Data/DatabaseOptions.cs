namespace MineralTrade.Web.Data;

/// <summary>The <c>Database</c> section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations (and seed) at start-up: on by default for the embedded SQLite file.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

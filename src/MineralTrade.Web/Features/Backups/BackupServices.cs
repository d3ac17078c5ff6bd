namespace MineralTrade.Web.Features.Backups;

public static class BackupServices
{
    /// <summary>Backups of the store (the <c>backup</c> command) and PostgreSQL's tools they run.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddSingleton<PostgreSqlTools>();
        services.AddSingleton<StoreBackup>();
        return services;
    }
}

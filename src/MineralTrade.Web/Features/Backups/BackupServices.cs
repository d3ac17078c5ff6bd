using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MineralTrade.Web.Features.Backups;

public static class BackupServices
{
    /// <summary>Backups and restores of the store (the <c>backup</c> and <c>restore</c> commands, and scheduled backups) and PostgreSQL's tools they run.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostgreSqlTools>();
        services.AddSingleton<StoreBackup>();
        services.AddSingleton<StoreRestore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ScheduledBackup>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Features.Comtrade;

public static class ComtradeServices
{
    /// <summary>The UN Comtrade+ fetch: its settings (checked at start), the HTTP client, the budget, the run, the refresher.</summary>
    public static IServiceCollection AddComtrade(this IServiceCollection services)
    {
        services.AddOptions<ComtradeOptions>().BindConfiguration(ComtradeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ComtradeClient.HttpClientName, (provider, http) =>
        {
            http.BaseAddress = provider.GetRequiredService<IOptions<ComtradeOptions>>().Value.BaseUrl;
            // Each call has its own timeout (Comtrade:TimeoutSeconds), which a retry follows.
            http.Timeout = Timeout.InfiniteTimeSpan;
        })
            // The client logs each call itself, by its path: the factory's own lines would add nothing.
            .RemoveAllLoggers();
        services.AddSingleton<ComtradeCallBudget>();
        services.AddSingleton<ComtradeClient>();
        services.AddSingleton<FetchService>();
        // The background refresh; off unless Comtrade:Refresh:Enabled (it then runs only with the site, never a command).
        services.AddSingleton<ComtradeRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<ComtradeRefresher>());
        services.AddSingleton<HowCurrent>();
        return services;
    }
}

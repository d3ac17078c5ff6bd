using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// Blazor Server's own limits, set on purpose rather than left to defaults (docs/security.md says why each). Any of
/// them can be changed in configuration: <c>Blazor:Circuit:DisconnectedCircuitMaxRetained</c>, <c>Blazor:Hub:MaximumReceiveMessageSize</c>...
/// </summary>
public static class CircuitLimits
{
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services)
    {
        services.AddOptions<CircuitOptions>().Configure(circuit =>
        {
            // The view is in the URL: a reader who comes back later reloads and loses nothing, so a closed tab's
            // circuit need not be kept long, nor many of them.
            circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
            circuit.DisconnectedCircuitMaxRetained = 50;
            // Our pages declare no persistent component state: what is kept after eviction is tiny, and kept briefly.
            circuit.PersistedCircuitInMemoryRetentionPeriod = TimeSpan.FromMinutes(30);
            circuit.PersistedCircuitInMemoryMaxRetained = 200;
            circuit.MaxBufferedUnacknowledgedRenderBatches = 10;
            circuit.JSInteropDefaultCallTimeout = TimeSpan.FromMinutes(1);
        }).BindConfiguration("Blazor:Circuit");
        services.AddOptions<HubOptions>().Configure(hub =>
        {
            // What a browser sends up the circuit is events and small interop answers; nothing is uploaded through it.
            hub.MaximumReceiveMessageSize = 32 * 1024;
            hub.MaximumParallelInvocationsPerClient = 1;
            hub.StreamBufferCapacity = 10;
            hub.HandshakeTimeout = TimeSpan.FromSeconds(15);
            hub.KeepAliveInterval = TimeSpan.FromSeconds(15);
            hub.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
        }).BindConfiguration("Blazor:Hub");
        return services;
    }
}

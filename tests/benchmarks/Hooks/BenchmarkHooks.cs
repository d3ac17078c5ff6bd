using System.Globalization;
using System.Runtime;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Benchmarks.Hooks;

[assembly: HostingStartup(typeof(BenchmarkHostingStartup))]

/// <summary>
/// Runs before the app's Main when the benchmarks set <c>DOTNET_STARTUP_HOOKS</c> to this assembly's path: it lets the
/// host find this assembly by name, so that <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES</c> can name it. The app's own
/// files are untouched and nothing of this ships.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var self = typeof(StartupHook).Assembly;
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == self.GetName().Name ? self : null;
    }
}

namespace MineralTrade.Benchmarks.Hooks
{
    /// <summary>
    /// Adds what the benchmarks measure against, behind the app's own pipeline (so a request for them passes every
    /// middleware an API request does, then finds no endpoint of the app): <c>/plaintext</c>, the baseline of the API
    /// benchmark, <c>/_bench/allocated</c>, the bytes allocated so far, and <c>/_bench/memory</c>, the GC heap after a full blocking collection with the open circuits.
    /// </summary>
    public sealed class BenchmarkHostingStartup : IHostingStartup
    {
        public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services =>
        {
            services.AddSingleton<CircuitCounter>();
            services.AddSingleton<CircuitHandler>(s => s.GetRequiredService<CircuitCounter>());
            services.AddSingleton<IStartupFilter, BenchmarkEndpoints>();
        });
    }

    /// <summary>Counts open circuits, so that a benchmark can check that the pages it opened are connected.</summary>
    public sealed class CircuitCounter : CircuitHandler
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }

    internal sealed class BenchmarkEndpoints(CircuitCounter circuits) : IStartupFilter
    {
        private static readonly byte[] s_hello = "Hello, World!"u8.ToArray();

        /// <summary>
        /// The floor of the first-chart benchmark: the app's own ApexCharts file drawing twelve bars, without Blazor,
        /// the app's page or its data. What is left once the circuit, the page and the server's work are gone.
        /// </summary>
        private const string ChartPage = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Chart floor</title></head>
            <body><div id="chart"></div>
            <script type="module" src="/_bench/chart.js"></script></body></html>
            """;

        // A file of its own: the app's Content-Security-Policy (script-src 'self') refuses an inline script.
        private const string ChartScript = """
            import ApexCharts from '/lib/apexcharts/apexcharts.esm.js';
            const values = [1140, 101, 14.2, 52, 33, 8.1, 6.4, 5.9, 3.3, 2.2, 1.1, 0.4];
            new ApexCharts(document.getElementById('chart'), {
                chart: { type: 'bar', height: 320, animations: { enabled: false } },
                series: [{ name: 'USD million', data: values }],
                xaxis: { categories: values.map((_, i) => `Category ${i + 1}`) },
            }).render();
            """;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(async context =>
            {
                switch (context.Request.Path.Value)
                {
                    case "/plaintext":
                        // TechEmpower's plaintext test: the cheapest answer the same process can give.
                        context.Response.StatusCode = 200;
                        context.Response.ContentType = "text/plain";
                        context.Response.ContentLength = s_hello.Length;
                        await context.Response.Body.WriteAsync(s_hello);
                        break;
                    case "/_bench/chart":
                        context.Response.ContentType = "text/html; charset=utf-8";
                        await context.Response.WriteAsync(ChartPage);
                        break;
                    case "/_bench/chart.js":
                        context.Response.ContentType = "text/javascript; charset=utf-8";
                        await context.Response.WriteAsync(ChartScript);
                        break;
                    case "/_bench/allocated":
                        // Bytes allocated by the process so far, the collections of each generation and the time paused in them (µs): per request, the
                        // difference over a run (weight.sh), steadier on a shared machine than time.
                        context.Response.ContentType = "text/plain";
                        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                            $"{GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalPauseDuration().TotalMicroseconds:F0}"));
                        break;
                    case "/_bench/memory":
                        context.Response.ContentType = "application/json";
                        await context.Response.WriteAsync(Memory(circuits.Open));
                        break;
                    default:
                        context.Response.StatusCode = 404;
                        break;
                }
            });
        };

        /// <summary>Live managed memory after two full, blocking, compacting collections (finalizers run between them).</summary>
        private static string Memory(int openCircuits)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            var status = File.ReadAllLines("/proc/self/status");
            long Kib(string key) => long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal))[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture,
                $$"""{"circuits":{{openCircuits}},"heapBytes":{{GC.GetTotalMemory(false)}},"heapSizeAfterGcBytes":{{info.HeapSizeBytes}},"rssKib":{{Kib("VmRSS:")}},"peakRssKib":{{Kib("VmHWM:")}},"gcServer":{{(GCSettings.IsServerGC ? "true" : "false")}}}""");
        }
    }
}

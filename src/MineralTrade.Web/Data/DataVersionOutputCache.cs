using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace MineralTrade.Web.Data;

/// <summary>
/// Output caching for the API (docs/decisions/0095): an answer is kept under its path, its whole query string and the
/// store's data version, so an import anywhere makes every cached answer stale at once, on every node. Only GET and
/// HEAD answers that succeeded are kept. <c>OutputCache:Enabled=false</c> turns it off (the benchmarks measure both).
/// </summary>
public sealed class DataVersionOutputCache : IOutputCachePolicy
{
    public const string Policy = "data-version";

    private const string VersionKey = "data-version";

    /// <summary>How long an answer is kept at most; a new data version replaces it sooner.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!http.RequestServices.GetRequiredService<IConfiguration>().GetValue("OutputCache:Enabled", true))
        {
            return;
        }
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = read;
        context.AllowCacheStorage = read;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        // Read from the database for every request (one row by its key): a node that kept it even a second would answer
        // from before another node's import.
        context.CacheVaryByRules.VaryByValues[VersionKey] = await ReadAsync(http, cancellation);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    async ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A problem, a redirect or anything that sets a cookie is answered afresh each time.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        // A change committed while the answer was computed may be in it, under the version read before the change: kept,
        // it would be served again when a restore brings that version back (decision 0098). Versions never repeat, so
        // the same version at both ends means no change in between.
        else if (context.AllowCacheStorage && context.CacheVaryByRules.VaryByValues.TryGetValue(VersionKey, out var before)
            && before != await ReadAsync(context.HttpContext, cancellation))
        {
            context.AllowCacheStorage = false;
        }
    }

    private static async Task<string> ReadAsync(HttpContext http, CancellationToken cancellation) =>
        (await DataVersion.ReadAsync(http.RequestServices.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>(), cancellation))
            .ToString(CultureInfo.InvariantCulture);
}

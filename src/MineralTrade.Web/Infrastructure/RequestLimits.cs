using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// Bounds on what one client can ask of the server: per-address rates, caps on heavy work running at once, and request
/// timeouts. An endpoint or page says what it costs by its timeout policy (<c>.WithRequestTimeout(RequestLimits.Heavy)</c>,
/// <c>@attribute [RequestTimeout(RequestLimits.Heavy)]</c>); the limits follow from that one declaration.
/// </summary>
public static class RequestLimits
{
    /// <summary>Computes over many figures: growth, totals, the overview.</summary>
    public const string Heavy = "heavy";

    /// <summary>Streams a whole extract: heavy limits, with time for the download.</summary>
    public const string Extract = "extract";

    /// <summary>Uploads and writes a file.</summary>
    public const string Import = "import";

    private const string HeadRequest = "MineralTrade.HeadRequest";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitOptions>>((timeouts, limits) =>
        {
            var o = limits.Value;
            timeouts.DefaultPolicy = TimeoutPolicy(o.Timeout, nameof(o.Timeout));
            timeouts.AddPolicy(Heavy, TimeoutPolicy(o.HeavyTimeout, nameof(o.HeavyTimeout)));
            timeouts.AddPolicy(Extract, TimeoutPolicy(o.ExtractTimeout, nameof(o.ExtractTimeout)));
            timeouts.AddPolicy(Import, TimeoutPolicy(o.ImportTimeout, nameof(o.ImportTimeout)));
        });

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitOptions>>((rateLimiter, limits) =>
        {
            if (limits.Value.Enabled)
            {
                var clients = new ClientLimiters(limits.Value);
                rateLimiter.GlobalLimiter = clients.Chain;
                rateLimiter.OnRejected = (context, _) => clients.RejectAsync(context);
            }
        });
        return services;
    }

    /// <summary>
    /// Routes the request (a HEAD as its GET), then applies the timeouts and the limits. Call it after the exception
    /// handler and the status code pages: those must see a timed-out request's exception after the timeout middleware.
    /// </summary>
    public static WebApplication UseRoutingWithLimits(this WebApplication app)
    {
        // HEAD answers wherever GET does: routing matches it as GET, the endpoint runs as HEAD, and the server sends no body.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
                context.Items[HeadRequest] = true;
            }
            return next(context);
        });
        app.UseRouting();
        app.Use((context, next) =>
        {
            if (context.Items.ContainsKey(HeadRequest))
            {
                context.Request.Method = HttpMethods.Head;
            }
            return next(context);
        });
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (TooManyFiguresException e) when (!context.Response.HasStarted)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "This view covers too many figures", detail: e.Message,
                    extensions: new Dictionary<string, object?> { ["limit"] = e.Limit }).ExecuteAsync(context);
            }
        });
        app.UseRequestTimeouts();
        app.Use(async (context, next) =>
        {
            // The circuit's connection lives as long as the page is open: no request timeout may end it.
            if (context.GetEndpoint()?.Metadata.GetMetadata<HubMetadata>() is not null)
            {
                context.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
            }
            await next(context);
            // The rate limiter drops a request whose timeout fired while it waited in a queue, without an answer:
            // rethrown, the timeout middleware answers it with its 504.
            if (!context.Response.HasStarted && context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true)
            {
                throw new OperationCanceledException(context.RequestAborted);
            }
        });
        app.UseRateLimiter();
        return app;
    }

    private static RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout, string setting) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => TypedResults.Problem(
            statusCode: StatusCodes.Status504GatewayTimeout,
            title: "The request took too long",
            detail: $"It was stopped after {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s ({RequestLimitOptions.Section}:{setting}). "
                + "Narrow the query (category, reporter, from, to), or try again when the server is less busy.").ExecuteAsync(context),
    };

    /// <summary>The address a client is limited by: IPv4 as is, IPv6 by its /64 (one household or host holds a whole /64).</summary>
    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => new IPNetwork(v6, 64).BaseAddress + "/64",
        var address => address.ToString(),
    };

    private enum Cost { Light, Heavy, Import, Circuit }

    /// <summary>An endpoint that requires a key says whether the request carries the right one (the import's, decision 0023).</summary>
    public interface IKeyedEndpoint
    {
        bool HasRightKey(HttpContext context);
    }

    private static bool HasRightKey(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IKeyedEndpoint>() is not { } keyed || keyed.HasRightKey(context);

    private static Cost CostOf(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata is null)
        {
            return Cost.Light;
        }
        if (metadata.GetMetadata<HubMetadata>() is not null)
        {
            return Cost.Circuit;
        }
        return metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName switch
        {
            Heavy or Extract => Cost.Heavy,
            Import => Cost.Import,
            _ => Cost.Light,
        };
    }

    /// <summary>
    /// One chain for every request. Concurrency comes first, so a request that waits for a slot is charged its tokens
    /// once it has one (the middleware tries without waiting first, and a failed try would otherwise cost tokens too).
    /// </summary>
    private sealed class ClientLimiters
    {
        private readonly RequestLimitOptions _options;
        private readonly PartitionedRateLimiter<HttpContext> _heavyPerClient;
        private readonly PartitionedRateLimiter<HttpContext> _circuits;

        public ClientLimiters(RequestLimitOptions options)
        {
            _options = options;
            _heavyPerClient = Partitioned(Cost.Heavy, client => RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.HeavyConcurrentPerClient,
                QueueLimit = options.HeavyQueuePerClient,
            }));
            _circuits = Partitioned(Cost.Circuit, client => RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.CircuitsPerClient,
                QueueLimit = 0,
            }));
            // One partition for all addresses: the server's own capacity for heavy work.
            var heavyShared = Partitioned(Cost.Heavy, _ => RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.HeavyConcurrent,
                QueueLimit = options.HeavyQueue,
            }));
            Chain = PartitionedRateLimiter.CreateChained(
                _heavyPerClient, heavyShared, _circuits,
                Rate(null, options.Requests), Rate(Cost.Heavy, options.Heavy), Rate(Cost.Import, options.Imports, rightKey: true),
                Rate(Cost.Import, options.ImportKeyFailures, rightKey: false));
        }

        public PartitionedRateLimiter<HttpContext> Chain { get; }

        /// <summary>
        /// A limiter per client address for requests of <paramref name="cost"/> (null: every request), and where
        /// <paramref name="rightKey"/> is given, only for requests whose key is (or is not) right; none for the rest.
        /// </summary>
        private static PartitionedRateLimiter<HttpContext> Partitioned(Cost? cost, Func<string, RateLimitPartition<string>> partition, bool? rightKey = null) =>
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
                (cost is null || CostOf(context) == cost) && (rightKey is null || HasRightKey(context) == rightKey)
                    ? partition(ClientOf(context)) : RateLimitPartition.GetNoLimiter(""));

        private static PartitionedRateLimiter<HttpContext> Rate(Cost? cost, TokenBucket bucket, bool? rightKey = null) =>
            Partitioned(cost, rightKey: rightKey, partition: client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = bucket.Burst,
                TokensPerPeriod = bucket.Tokens,
                ReplenishmentPeriod = bucket.Every,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

        /// <summary>429 when this address asked too much (with the wait its rate implies), 503 when the server is full.</summary>
        public ValueTask RejectAsync(OnRejectedContext rejected)
        {
            var context = rejected.HttpContext;
            int status;
            string title, detail;
            var retryAfter = _options.BusyRetryAfter;
            var cost = CostOf(context);
            var client = ClientOf(context);
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                (status, title, retryAfter) = (StatusCodes.Status429TooManyRequests, "Too many requests", wait);
                var wrongKey = cost == Cost.Import && !HasRightKey(context);
                detail = $"This address ({client}) sent more {(cost is Cost.Light or Cost.Circuit ? "" : cost.ToString().ToLowerInvariant() + " ")}requests "
                    + $"{(wrongKey ? "with a wrong or missing key " : "")}than its limit ({RequestLimitOptions.Section}:"
                    + $"{(cost switch { Cost.Heavy => nameof(_options.Heavy), Cost.Import => wrongKey ? nameof(_options.ImportKeyFailures) : nameof(_options.Imports), _ => nameof(_options.Requests) })}).";
            }
            else if (cost == Cost.Circuit)
            {
                (status, title) = (StatusCodes.Status429TooManyRequests, "Too many open pages");
                detail = $"This address ({client}) has {_options.CircuitsPerClient} interactive pages open ({RequestLimitOptions.Section}:{nameof(_options.CircuitsPerClient)}); close some.";
            }
            else if (_heavyPerClient.GetStatistics(context) is { CurrentAvailablePermits: 0 })
            {
                (status, title) = (StatusCodes.Status429TooManyRequests, "Too many heavy requests at once");
                detail = $"This address ({client}) has {_options.HeavyConcurrentPerClient} heavy requests running and {_options.HeavyQueuePerClient} waiting "
                    + $"({RequestLimitOptions.Section}:{nameof(_options.HeavyConcurrentPerClient)}, {nameof(_options.HeavyQueuePerClient)}).";
            }
            else
            {
                (status, title) = (StatusCodes.Status503ServiceUnavailable, "The server is busy");
                detail = $"{_options.HeavyConcurrent} heavy requests are running and {_options.HeavyQueue} waiting, from all clients "
                    + $"({RequestLimitOptions.Section}:{nameof(_options.HeavyConcurrent)}, {nameof(_options.HeavyQueue)}).";
            }
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return new ValueTask(TypedResults.Problem(statusCode: status, title: title, detail: $"{detail} Retry after {seconds} s.").ExecuteAsync(context));
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Lets a request through only with the configured import key in <see cref="Header"/> (docs/decisions/0023): 403 when
/// no key is configured, 401 when the key is missing or wrong, both problem+json. Put on an endpoint with
/// <see cref="ImportKeyExtensions.RequireImportKey"/>, which also marks it for the Swagger document.
/// </summary>
public sealed class ImportKey(IOptions<ImportOptions> options, IHostEnvironment environment) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    /// <summary>The shortest import key the app starts with (Import:ApiKey): 20 random letters and digits are past guessing.</summary>
    public const int MinimumLength = 20;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!context.HttpContext.Request.IsHttps && !environment.IsDevelopment())
        {
            // The key would travel in clear. Behind a balancer that ends TLS, the request is HTTPS once the balancer is
            // named (Security:ForwardedHeaders) and sends X-Forwarded-Proto (docs/security.md).
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Imports need HTTPS",
                detail: $"The {Header} header must not travel in clear: send the import over HTTPS, or through a balancer named in "
                    + "Security:ForwardedHeaders that ends TLS and says so in X-Forwarded-Proto.");
        }
        var configured = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Imports are switched off",
                detail: "No import key is configured (Import:ApiKey), so this endpoint refuses every request.");
        }
        if (!Matches(context.HttpContext.Request.Headers[Header].ToString(), configured))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong import key",
                detail: $"Send the import key in the {Header} header.");
        }
        return await next(context);
    }

    /// <summary>Compares hashes, so the time taken says nothing of the key, not even its length.</summary>
    public static bool Matches(string? presented, string configured) =>
        !string.IsNullOrEmpty(presented)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    /// <summary>
    /// Marks an endpoint that requires the key, for the Swagger document (ImportSwagger) and for the request limits,
    /// which count a wrong key's requests apart from the right key's (RequestLimits:ImportKeyFailures).
    /// </summary>
    public sealed class Required : RequestLimits.IKeyedEndpoint
    {
        public bool HasRightKey(HttpContext context) =>
            context.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value.ApiKey is { Length: > 0 } configured
            && Matches(context.Request.Headers[Header].ToString(), configured);
    }
}

public static class ImportKeyExtensions
{
    /// <summary>Requires the import key on this endpoint, and says so in the Swagger document.</summary>
    public static RouteHandlerBuilder RequireImportKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ImportKey>().WithMetadata(new ImportKey.Required())
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

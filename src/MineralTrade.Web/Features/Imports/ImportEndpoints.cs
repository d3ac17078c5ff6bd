using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using MineralTrade.Web.Data;
using MineralTrade.Web.Infrastructure;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MineralTrade.Web.Features.Imports;

public static class ImportEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string SecurityScheme = "ImportKey";

    /// <summary>The import's services: its settings, the service, the upload spool (cleaned at start-up) and its Swagger description.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImportService>();
        services.AddSingleton<UploadSpool>();
        services.AddHostedService(provider => provider.GetRequiredService<UploadSpool>());
        services.ConfigureSwaggerGen(o => o.AddImportKeyScheme());
        return services;
    }

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Imports");

        api.MapPost("", PostImport)
            .WithName(nameof(PostImport))
            .WithSummary("Imports a UN Comtrade+ export or a native figures file, all or nothing.")
            .WithDescription("The file is the request body (text/csv) or the first file of a multipart/form-data form. "
                + "Any invalid row rejects the whole file with its problems (line, column, reason) and changes nothing. "
                + "Requires the import key in the X-Api-Key header.")
            .WithMetadata(new RequiresImportKey())
            .WithRequestTimeout(RequestLimits.Import)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("", GetImports)
            .WithName(nameof(GetImports))
            .WithSummary("Every import so far, the seeding included, newest first.");

        return app;
    }

    /// <param name="dryRun">Check the file and say what would change, without writing.</param>
    /// <param name="fileName">The name to record for a raw body (a form upload names its file itself).</param>
    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> PostImport(
        HttpContext context, IOptions<ImportOptions> options, ImportService service, UploadSpool spool, string? dryRun, string? fileName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ApiKey))
        {
            return Problem(StatusCodes.Status403Forbidden, "Imports are switched off",
                "No import key is configured (Import:ApiKey), so this endpoint refuses every request.");
        }
        if (!KeyMatches(context.Request.Headers[ApiKeyHeader].ToString(), settings.ApiKey))
        {
            return Problem(StatusCodes.Status401Unauthorized, "Missing or wrong import key", $"Send the import key in the {ApiKeyHeader} header.");
        }
        if (dryRun is not (null or "") && !bool.TryParse(dryRun, out _))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "One or more validation errors occurred.",
                detail: $"dryRun: '{dryRun}' is not true or false.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["dryRun"] = [$"dryRun: '{dryRun}' is not true or false. Allowed: true, false."] } });
        }
        var isDryRun = bool.TryParse(dryRun, out var d) && d;
        if (context.Request.ContentLength > settings.MaxBytes)
        {
            return TooLarge(settings);
        }

        try
        {
            using var upload = await spool.ReceiveAsync(context.Request, cancellationToken);
            if (!upload.WithinLimit)
            {
                return TooLarge(settings);
            }
            var result = await service.ImportAsync(upload.Path, SafeFileName(upload.FileName ?? fileName), "api:" + settings.ApiKeyName, isDryRun, cancellationToken);
            if (result.Summary is { } summary)
            {
                return TypedResults.Ok(summary);
            }
            if (result.Busy is { } why)
            {
                context.Response.Headers.RetryAfter = settings.WaitSeconds.ToString(CultureInfo.InvariantCulture);
                return Problem(StatusCodes.Status503ServiceUnavailable, "The store is busy", $"Nothing was changed: {why}. Try again in {settings.WaitSeconds} s.");
            }
            return TypedResults.Problem(
                title: "The file was not imported",
                detail: $"{result.ProblemCount} problem(s); nothing was changed. The first {result.Problems.Count} are listed, by line.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["problemCount"] = result.ProblemCount, ["problems"] = result.Problems });
        }
        catch (InvalidDataException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "The upload could not be read", e.Message);
        }
        catch (BadHttpRequestException e)
        {
            return Problem(e.StatusCode, "The upload could not be read", e.Message);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            // A multipart body cut short, or a boundary the reader refuses: the upload is at fault, not the server.
            return Problem(StatusCodes.Status400BadRequest, "The upload could not be read", e.Message);
        }
    }

    public static async Task<Ok<List<Import>>> GetImports(IDbContextFactory<MineralTradeDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Compares hashes, so the time taken says nothing of the key, not even its length.</summary>
    public static bool KeyMatches(string? presented, string configured) =>
        !string.IsNullOrEmpty(presented)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    private static string SafeFileName(string? name)
    {
        var safe = new string(Path.GetFileName(name ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return safe.Length == 0 ? "upload.csv" : safe.Length > 200 ? safe[..200] : safe;
    }

    private static ProblemHttpResult TooLarge(ImportOptions settings) => Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large",
        $"The limit is {settings.MaxBytes} bytes (Import:MaxBytes); import larger files with the command line.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    /// <summary>Marks the endpoints that need the import key, for the Swagger document.</summary>
    public sealed class RequiresImportKey;

    /// <summary>Documents the import key in Swagger (the scheme, and the endpoints that require it) and the form's file field.</summary>
    public static void AddImportKeyScheme(this SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(SecurityScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyHeader,
            Description = "The import key (configuration Import:ApiKey).",
        });
        options.OperationFilter<ImportOperationFilter>();
    }

    private sealed class ImportOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiresImportKey>().Any())
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] }];
                // The body is read by the handler, whatever its content type (`.Accepts` would turn away a plain
                // `curl --data-binary`, sent as a form): documented here, with a "file" field for Swagger UI's picker.
                var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, IOpenApiMediaType>
                    {
                        ["text/csv"] = new OpenApiMediaType { Schema = file },
                        ["multipart/form-data"] = new OpenApiMediaType
                        {
                            Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = file } },
                        },
                    },
                };
            }
        }
    }
}

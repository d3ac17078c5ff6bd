using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using MineralTrade.Web.Data;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MineralTrade.Web.Features.Imports;

public static class ImportEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string SecurityScheme = "ImportKey";

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
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("", GetImports)
            .WithName(nameof(GetImports))
            .WithSummary("Every import so far, the seeding included, newest first.");

        return app;
    }

    /// <param name="dryRun">Check the file and say what would change, without writing.</param>
    /// <param name="fileName">The name to record for a raw body (a form upload names its file itself).</param>
    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> PostImport(
        HttpContext context, IOptions<ImportOptions> options, ImportService service, string? dryRun, string? fileName, CancellationToken cancellationToken)
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
        // The limit is enforced while the body is copied; the server's own (30 MB by default) would cut it shorter.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var spool = Path.Combine(Path.GetTempPath(), $"mineraltrade-import-{Guid.NewGuid():N}.csv");
        try
        {
            var (name, withinLimit) = await SpoolAsync(context.Request, spool, settings.MaxBytes, cancellationToken);
            if (!withinLimit)
            {
                return TooLarge(settings);
            }
            var result = await service.ImportAsync(spool, SafeFileName(name ?? fileName), "api:" + settings.ApiKeyName, isDryRun, cancellationToken);
            if (result.Summary is { } summary)
            {
                return TypedResults.Ok(summary);
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
        finally
        {
            File.Delete(spool);
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

    /// <summary>Copies the file (the body, or the first file of a form) to <paramref name="path"/>, stopping past <paramref name="maxBytes"/>.</summary>
    private static async Task<(string? FileName, bool WithinLimit)> SpoolAsync(HttpRequest request, string path, long maxBytes, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, await CopyAsync(request.Body, file, maxBytes, cancellationToken));
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
            ?? throw new InvalidDataException("The multipart form has no boundary.");
        // The reader's own limit (128 MB by default) would end a large upload with an exception; the copy counts instead.
        var multipart = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        while (await multipart.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return (HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value,
                    await CopyAsync(section.Body, file, maxBytes, cancellationToken));
            }
        }
        throw new InvalidDataException("The multipart form has no file.");
    }

    private static async Task<bool> CopyAsync(Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return false;
            }
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return true;
    }

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

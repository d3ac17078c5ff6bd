using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Imports;

public static class ImportEndpoints
{
    /// <summary>The import's services: its settings, the service, its history, the upload spool (cleaned at start-up) and its Swagger description.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.ApiKey) || o.ApiKey.Length >= ImportKey.MinimumLength,
                $"{ImportOptions.Section}:ApiKey is shorter than {ImportKey.MinimumLength} characters: a short key can be guessed. Make a long random one, "
                + "such as the output of: openssl rand -hex 20")
            .ValidateOnStart();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ImportHistory>();
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
            .RequireImportKey()
            .WithRequestTimeout(RequestLimits.Import)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);

        api.MapGet("", GetImports)
            .WithName(nameof(GetImports))
            .WithSummary("Every import that changed the store, the seeding included, newest first.");

        return app;
    }

    /// <param name="dryRun">Check the file and say what would change, without writing.</param>
    /// <param name="fileName">The name to record for a raw body (a form upload names its file itself).</param>
    public static async Task<Results<Ok<ImportSummary>, ValidationProblem, ProblemHttpResult>> PostImport(
        HttpContext context, IOptions<ImportOptions> options, ImportService service, UploadSpool spool, string? dryRun, string? fileName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (dryRun is not (null or "") && !bool.TryParse(dryRun, out _))
        {
            return QueryProblem.Invalid(new() { [nameof(dryRun)] = [$"{nameof(dryRun)}: '{dryRun}' is not true or false. Allowed: true, false."] });
        }
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
            var result = await service.ImportAsync(upload.Path, UploadSpool.SafeFileName(upload.FileName ?? fileName), "api:" + settings.ApiKeyName,
                bool.TryParse(dryRun, out var d) && d, cancellationToken);
            return Answer(result, settings, context.Response);
        }
        catch (Exception e) when (StorageFailure.Describe(e) is { } why)
        {
            // The server's disk, not the file (docs/operations.md): said without the server's paths. The import's
            // transaction rolled back and the spool file is deleted, so nothing is half-written.
            return Problem(StatusCodes.Status507InsufficientStorage, "The server is out of storage",
                $"The file was not imported: {why} on the server. Nothing was changed; try again once space is freed.");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException || e is IOException && !cancellationToken.IsCancellationRequested)
        {
            // A form without a file, a body cut short, a boundary the reader refuses: the upload is at fault, not the server.
            // An I/O error's own message may name a path of the server's: not repeated.
            return Problem((e as BadHttpRequestException)?.StatusCode ?? StatusCodes.Status400BadRequest, "The upload could not be read",
                e is IOException and not BadHttpRequestException ? "The request's body ended early or could not be read." : e.Message);
        }
    }

    private static Results<Ok<ImportSummary>, ValidationProblem, ProblemHttpResult> Answer(ImportResult result, ImportOptions settings, HttpResponse response)
    {
        if (result.Summary is { } summary)
        {
            return TypedResults.Ok(summary);
        }
        if (result.Busy is { } why)
        {
            response.Headers.RetryAfter = settings.WaitSeconds.ToString(CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status503ServiceUnavailable, "The store is busy", $"Nothing was changed: {why}. Try again in {settings.WaitSeconds} s.");
        }
        return TypedResults.Problem(
            title: "The file was not imported",
            detail: $"{result.ProblemCount} problem(s); nothing was changed. The first {result.Problems.Count} are listed, by line.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["problemCount"] = result.ProblemCount, ["problems"] = result.Problems });
    }

    /// <summary>One page of the history, newest first; the next page is in the <c>Link</c> header.</summary>
    public static async Task<Results<Ok<IReadOnlyList<Import>>, ValidationProblem>> GetImports(
        [AsParameters] PageQuery page, ImportHistory history, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!page.TryParse(ImportHistory.Order, errors, out var limit, out var after))
        {
            return QueryProblem.Invalid(errors);
        }
        var result = await history.GetPageAsync(after, limit, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items);
    }

    private static ProblemHttpResult TooLarge(ImportOptions settings) => Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large",
        $"The limit is {settings.MaxBytes} bytes (Import:MaxBytes); import larger files with the command line.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}

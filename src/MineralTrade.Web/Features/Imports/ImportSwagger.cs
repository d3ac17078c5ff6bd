using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Documents the import in Swagger: the key's security scheme, the endpoints that require it, and the upload (a raw
/// CSV body, or a form with a "file" field for Swagger UI's picker).
/// </summary>
public static class ImportSwagger
{
    public const string SecurityScheme = "ImportKey";

    public static void AddImportKeyScheme(this SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(SecurityScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ImportKey.Header,
            Description = "The import key (configuration Import:ApiKey).",
        });
        options.OperationFilter<ImportOperationFilter>();
    }

    private sealed class ImportOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ImportKey.Required>().Any())
            {
                return;
            }
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] }];
            // The body is read by the handler, whatever its content type (`.Accepts` would turn away a plain
            // `curl --data-binary`, sent as a form): documented here.
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

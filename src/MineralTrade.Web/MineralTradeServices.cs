using System.Text.Json.Serialization;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Backups;
using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Products;
using MineralTrade.Web.Features.Revisions;
using MineralTrade.Web.Features.Updates;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web;

/// <summary>
/// Every service the application uses, registered in one place: <c>Program.cs</c> calls it, and so does every test
/// host, so that no test runs an application wired differently from the one users get.
/// </summary>
public static class MineralTradeServices
{
    /// <summary>Settings are read from the host's <see cref="IConfiguration"/> when first needed, as tests set them late.</summary>
    public static IServiceCollection AddMineralTrade(this IServiceCollection services)
    {
        services.AddDatabase();

        services.AddSingleton<FigureService>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<MirrorService>();
        services.AddSingleton(_ => HsNomenclature.Load(Path.Combine(Seeder.DataDirectory, HsNomenclature.FileName)));
        services.AddSingleton<ProductService>();
        services.AddSingleton<SupplierService>();
        services.AddSingleton<WindowGrowthService>();
        services.AddSingleton<MarketService>();
        services.AddImports();
        services.AddBackups();
        services.AddComtrade();
        services.AddSingleton<RevisionService>();
        services.AddSingleton<UpdateService>();
        // The overview hands what prerendering loaded to the interactive render through it (DashboardPage).
        services.AddMemoryCache();
        services.AddOutputCache(o => o.AddPolicy(DataVersionOutputCache.Policy, new DataVersionOutputCache()));

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new() { Title = "MineralTrade API", Version = "v1", Description = "Pakistan's mineral exports to China: published figures with their sources." });
            o.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "MineralTrade.Web.xml"));
            // A one-value filter parameter is bound as StringValues (FigureQuery) but documented as the string it is.
            o.MapType<StringValues>(() => new OpenApiSchema { Type = JsonSchemaType.String });
        });

        // The pages' language: the address, the cookie, the browser (decision 0110).
        services.AddLanguages();
        services.AddRazorComponents()
            .AddInteractiveServerComponents();
        // Headers, request limits and timeouts, Blazor's limits, health checks (docs/security.md).
        services.AddHardening();
        return services;
    }
}

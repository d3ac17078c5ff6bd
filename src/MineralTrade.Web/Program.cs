using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Components;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Targets;

// `import <file> [--dry-run]` runs an import instead of the site (ImportCommand); its arguments are not configuration.
var importing = args is ["import", ..];
var builder = WebApplication.CreateBuilder(importing ? [] : args);
if (importing)
{
    builder.Logging.AddFilter(level => level >= LogLevel.Warning);
}

builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddDbContextFactory<MineralTradeDbContext>(options => options
    .UseSqlite(SqliteConnectionString(builder.Configuration, builder.Environment))
    .UseSeeding((db, _) => Seeder.Seed((MineralTradeDbContext)db))
    .UseAsyncSeeding((db, _, _) =>
    {
        Seeder.Seed((MineralTradeDbContext)db);
        return Task.CompletedTask;
    }));
builder.Services.AddSingleton<FigureService>();
builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ImportService>();
builder.Services.ConfigureSwaggerGen(o => o.AddImportKeyScheme());
builder.Services.AddSingleton<DashboardService>();
builder.Services.AddMemoryCache();

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o =>
{
    o.SwaggerDoc("v1", new() { Title = "MineralTrade API", Version = "v1", Description = "Pakistan's mineral exports to China: published figures with their sources." });
    o.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "MineralTrade.Web.xml"));
});

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

await app.MigrateDatabaseAsync();

if (importing)
{
    return await ImportCommand.RunAsync(app.Services, args[1..], Console.Out, Console.Error);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.UseSwagger();
app.UseSwaggerUI();

app.MapStaticAssets();
app.MapImportEndpoints();
app.MapFigureEndpoints();
app.MapTargetEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
return 0;

// A relative SQLite path is taken from the content root, so the database lands in the project's gitignored App_Data
// wherever the app is started from.
static string SqliteConnectionString(IConfiguration configuration, IWebHostEnvironment environment)
{
    var connection = new SqliteConnectionStringBuilder(configuration.GetConnectionString("MineralTrade")
        ?? throw new InvalidOperationException("ConnectionStrings:MineralTrade is not set."));
    if (connection.DataSource is { Length: > 0 } path && path != ":memory:" && !Path.IsPathRooted(path) && connection.Mode != SqliteOpenMode.Memory)
    {
        connection.DataSource = Path.Combine(environment.ContentRootPath, path);
    }
    if (Path.GetDirectoryName(connection.DataSource) is { Length: > 0 } directory)
    {
        Directory.CreateDirectory(directory);
    }
    return connection.ToString();
}

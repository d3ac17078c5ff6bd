using MineralTrade.Web;
using MineralTrade.Web.Components;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Targets;
using MineralTrade.Web.Infrastructure;

// `import <file> [--dry-run]` runs an import instead of the site (ImportCommand); its arguments are not configuration.
var importing = args is ["import", ..];
var builder = WebApplication.CreateBuilder(importing ? [] : args);
if (importing)
{
    builder.Logging.AddFilter(level => level >= LogLevel.Warning);
}
builder.Services.AddMineralTrade();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();
if (importing)
{
    return await ImportCommand.RunAsync(app.Services, args[1..], Console.Out, Console.Error);
}

app.UseHttpSecurity();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRoutingWithLimits();
app.UseAntiforgery();
app.UseOutputCache();
app.UseApiDocs();

app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapImportEndpoints();
app.MapFigureEndpoints();
app.MapTargetEndpoints();
app.MapMirrorEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
return 0;

using MineralTrade.Web;
using MineralTrade.Web.Components;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Revisions;
using MineralTrade.Web.Features.Updates;
using MineralTrade.Web.Features.Targets;
using MineralTrade.Web.Infrastructure;

// No command serves the site, with the arguments as configuration; a command (import, backup...) runs and exits, and
// its arguments are not configuration. The commands and their exit codes: Infrastructure/CommandLine.cs.
var invocation = CommandLine.Parse(args);
if (invocation.Error is not null || invocation.Help)
{
    var writer = invocation.Help ? Console.Out : Console.Error;
    if (invocation.Error is { } error)
    {
        await writer.WriteLineAsync(error);
    }
    await writer.WriteLineAsync(CommandLine.Usage);
    return invocation.Help ? CommandLine.Exit.Done : CommandLine.Exit.Usage;
}
var builder = WebApplication.CreateBuilder(invocation.Command is null ? args : []);
if (invocation.Command is not null)
{
    builder.Logging.AddFilter(level => level >= LogLevel.Warning);
    // A command says what failed in one line of its own (a full disk: "import: the disk is full; nothing was
    // changed."); EF's log of the same failure would repeat it as a stack trace, on the output a script reads. With the
    // 64 MB page cache (decision 0073) a full disk now fails at the commit, which EF logs as a transaction error.
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database", LogLevel.None);
}
builder.Services.AddMineralTrade();

var app = builder.Build();

if (invocation.Command is not null)
{
    return await CommandLine.RunAsync(invocation, app.Services, Console.Out, Console.Error);
}
try
{
    await app.Services.MigrateDatabaseAsync();
}
catch (StoreUnavailableException e)
{
    // What is wrong and what to do, in one line: the operator needs no stack trace for a missing database.
    await Console.Error.WriteLineAsync(e.Message);
    return CommandLine.Exit.Refused;
}

app.UseHttpSecurity();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseLanguages();
app.UseRoutingWithLimits();
app.UseAntiforgery();
app.UseOutputCache();
app.UseApiDocs();

app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapImportEndpoints();
app.MapFigureEndpoints();
app.MapRevisionEndpoints();
app.MapUpdateEndpoints();
app.MapTargetEndpoints();
app.MapMirrorEndpoints();
app.MapSupplierEndpoints();
app.MapChartEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
return 0;

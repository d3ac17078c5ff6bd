using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// <c>dotnet run --project src/MineralTrade.Web -- fetch [--dry-run]</c>: one run of the UN Comtrade+ fetch against the
/// configured store and API, printing each reporter-period as it is stored and then the run. Exits 0 when nothing
/// failed (every period stored, nothing new, or the budget spent: the next run goes on), 1 when a period failed
/// (asked for again next run), 2 when the command is wrong, 3 when another fetch is running (Infrastructure/CommandLine.cs).
/// </summary>
public static class FetchCommand
{
    public const string Usage = "usage: fetch [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Any(a => a != "--dry-run"))
        {
            await error.WriteLineAsync(Usage);
            return CommandLine.Exit.Usage;
        }
        var report = await services.GetRequiredService<FetchService>().RunAsync("cli", args.Contains("--dry-run"), cancellationToken,
            outcome => output.WriteLine($"  {outcome.Dataset}: {(outcome.Failure is { } f ? "failed: " + f : "stored")}"));
        if (report.Busy is not null)
        {
            await error.WriteLineAsync(report.Describe());
            return CommandLine.Exit.Busy;
        }
        await (report.Outcome == FetchOutcome.Failed ? error : output).WriteLineAsync(report.Describe());
        return report.Outcome == FetchOutcome.Failed ? CommandLine.Exit.Refused : CommandLine.Exit.Done;
    }
}

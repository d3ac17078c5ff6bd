using System.Diagnostics;

namespace MineralTrade.IntegrationTests;

/// <summary>The application's own entry point as a process (<c>dotnet MineralTrade.Web.dll ...</c>), with settings in its environment.</summary>
public static class AppProcess
{
    public static Process Start(Dictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MineralTrade.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in settings)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return Process.Start(start)!;
    }

    /// <summary>Runs it to its end, as <c>dotnet run -- import</c> does; a process still running after <paramref name="timeout"/> (2 min) fails the test.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(Dictionary<string, string?> settings, TimeSpan? timeout, params string[] args)
    {
        using var process = Start(settings, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', args)}' still ran after {(timeout ?? TimeSpan.FromMinutes(2)).TotalSeconds} s: {await output}{await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    public static Task<(int Exit, string Output, string Error)> RunAsync(Dictionary<string, string?> settings, params string[] args) =>
        RunAsync(settings, null, args);
}

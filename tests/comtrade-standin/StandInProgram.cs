using System.Globalization;

namespace MineralTrade.ComtradeStandIn;

/// <summary>
/// <c>dotnet run --project tests/comtrade-standin -- [--port 5599] [--partners 12] [--first-year 2015] [--last-month 202610]
/// [--last-year 2025] [--data-cap 100000] [--key KEY] [--hostile]</c>: serves until stopped (Ctrl+C).
/// </summary>
public static class StandInProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = new StandInOptions();
        var port = 5599;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--port": port = Number(); break;
                case "--partners": options.Partners = Number(); break;
                case "--first-year": options.FirstYear = Number(); break;
                case "--last-month": options.LastMonth = Number(); break;
                case "--last-year": options.LastYear = Number(); break;
                case "--data-cap": options.DataCap = Number(); break;
                case "--key": options.Key = Next(); break;
                case "--hostile": options.HostileText = true; break;
                default:
                    await Console.Error.WriteLineAsync($"unknown argument {args[i]}; see tests/comtrade-standin/README.md");
                    return 2;
            }
        }
        await using var standIn = await StandIn.StartAsync(options, port, log: false);
        Console.WriteLine($"UN Comtrade+ stand-in on {standIn.BaseUrl} (generated data, not real figures); Ctrl+C stops it.");
        await standIn.WaitForShutdownAsync();
        return 0;
    }
}

using System.Runtime.InteropServices;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Backups;
using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// What <c>MineralTrade.Web [command] [arguments]</c> does: no command serves the site; a command runs against the
/// configured store and exits with one of <see cref="Exit"/>'s codes. <see cref="Commands"/> is the one list of them:
/// a new command is a line there.
/// </summary>
public static class CommandLine
{
    /// <summary>Every command, in the order the usage lists them.</summary>
    public static readonly IReadOnlyList<Command> Commands =
    [
        new("import", "<file.csv> [--dry-run]", "import a customs file, all or nothing", ImportCommand.RunAsync, ["--dry-run"]),
        new("backup", "<file or folder>", "copy the store, consistent while the site runs and imports", BackupCommand.RunAsync, [], MigratesFirst: false),
        new("fetch", "[--dry-run]", "fetch what UN Comtrade+ released since the last run (README, \"Keeping the official series current\")",
            FetchCommand.RunAsync, ["--dry-run"]),
        new("restore", "<backup file>", "put a backup back as the store: checked, migrated, the replaced store kept", RestoreCommand.RunAsync, [], MigratesFirst: false),
    ];

    /// <summary>The exit codes every command shares (README, "Backup and restore" and "Importing customs data").</summary>
    public static class Exit
    {
        public const int Done = 0;

        /// <summary>The input was refused (a file with problems, a backup that is not a store); the store is unchanged.</summary>
        public const int Refused = 1;

        /// <summary>Wrong arguments or an unknown command: the usage is printed.</summary>
        public const int Usage = 2;

        /// <summary>The store stayed busy (another writer) for longer than its wait; nothing changed.</summary>
        public const int Busy = 3;

        /// <summary>The disk is full or failed (an I/O error); nothing half-written is left.</summary>
        public const int Storage = 4;

        /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells count it); nothing half-written is left.</summary>
        public const int Stopped = 130;
    }

    public static string Usage
    {
        get
        {
            var lines = Commands.Select(c => ($"MineralTrade.Web {c.Name} {c.Arguments}", c.Summary))
                .Prepend(("MineralTrade.Web [--setting value]...", "serve the site (settings as configuration: --urls http://127.0.0.1:5000)")).ToList();
            var width = lines.Max(l => l.Item1.Length) + 3;
            return string.Join('\n', lines.Select((l, i) => (i == 0 ? "usage: " : "       ") + l.Item1.PadRight(width) + l.Item2))
                + "\nexit codes: 0 done, 1 input refused (nothing changed), 2 wrong arguments, 3 store busy (try again), "
                + "4 disk full or I/O error (nothing half-written), 130 stopped";
        }
    }

    /// <summary>What the arguments ask for: the site, a command, the usage, or an error to print above the usage.</summary>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        if (args is [var first, ..] && first is "help" or "--help" or "-h" or "-?")
        {
            return new Invocation(null, [], Help: true, Error: null);
        }
        if (args is [var name, ..] && Commands.FirstOrDefault(c => c.Name == name) is { } command)
        {
            var rest = args.Skip(1).ToList();
            return rest.FirstOrDefault(a => a.StartsWith('-') && a.Length > 1 && !command.Options.Contains(a)) is { } unknown
                ? Error($"{command.Name}: unknown option '{unknown}'")
                : new Invocation(command, rest, Help: false, Error: null);
        }
        return SettingsError(args) is { } error ? Error(error) : new Invocation(null, args, Help: false, Error: null);
    }

    /// <summary>
    /// The site takes its arguments as configuration, as ASP.NET Core reads them (<c>--key value</c>, <c>--key=value</c>,
    /// <c>/key value</c>, <c>key=value</c>); what it would silently ignore (a bare word, a key without a value, a single
    /// dash) or a command written as an option is an error instead, so that a mistyped command never starts the site.
    /// </summary>
    private static string? SettingsError(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var key = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg.StartsWith('/') ? arg[1..] : null;
            if (key is null)
            {
                if (arg.StartsWith('-') || !arg.Contains('=', StringComparison.Ordinal) || arg.StartsWith('='))
                {
                    return i == 0 && !arg.StartsWith('-') ? $"unknown command '{arg}'" : $"unknown option '{arg}'";
                }
                continue;
            }
            var name = key.Split('=')[0];
            if (name.Length == 0)
            {
                return $"unknown option '{arg}'";
            }
            if (Commands.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return $"'{arg}' is a command: write it without dashes, first ({name} ...)";
            }
            if (!key.Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    return $"option '{arg}' needs a value";
                }
                i++;
            }
        }
        return null;
    }

    /// <summary>
    /// A path as the person who typed it means it: <c>dotnet run</c> starts the app in the project's folder, so a relative
    /// path is taken from where the command was typed.
    /// </summary>
    public static string FullPath(string path)
    {
        var typedIn = Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
        return Path.GetFullPath(path, typedIn);
    }

    private static Invocation Error(string message) => new(null, [], Help: false, Error: message);

    /// <summary>
    /// Runs <paramref name="invocation"/>'s command over the application's services; migrates the store first where the
    /// command needs it. Ctrl+C and SIGTERM cancel it (each command leaves nothing half-written). A full disk or an I/O
    /// error that reaches here is one line and <see cref="Exit.Storage"/>, never an unhandled exception (an abort).
    /// </summary>
    public static async Task<int> RunAsync(Invocation invocation, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var command = invocation.Command ?? throw new ArgumentException("No command to run.", nameof(invocation));
        using var stop = new CancellationTokenSource();
        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            if (command.MigratesFirst)
            {
                await services.MigrateDatabaseAsync();
            }
            return await command.RunAsync(services, invocation.Arguments, output, error, stop.Token);
        }
        catch (StoreUnavailableException e)
        {
            // A missing database, or one the server refuses: one line saying what to do (Data/MissingDatabase.cs).
            await error.WriteLineAsync($"{command.Name}: {e.Message}");
            return Exit.Refused;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{command.Name}: stopped; nothing was changed.");
            return Exit.Stopped;
        }
        catch (Exception e) when (StorageFailure.Describe(e) is { } why)
        {
            await error.WriteLineAsync($"{command.Name}: {why}; nothing was changed.");
            return Exit.Storage;
        }
    }
}

/// <summary>A command: its name, its arguments and summary for the usage, what runs it, and the options it takes.</summary>
public sealed record Command(
    string Name,
    string Arguments,
    string Summary,
    Func<IServiceProvider, IReadOnlyList<string>, TextWriter, TextWriter, CancellationToken, Task<int>> RunAsync,
    IReadOnlyList<string> Options,
    bool MigratesFirst = true);

/// <summary>The parsed arguments: <see cref="Command"/> null with no <see cref="Error"/> and no <see cref="Help"/> serves the site.</summary>
public sealed record Invocation(Command? Command, IReadOnlyList<string> Arguments, bool Help, string? Error);

using System.Diagnostics;
using Npgsql;

namespace MineralTrade.Web.Features.Backups;

/// <summary>
/// PostgreSQL's own <c>pg_dump</c> and <c>pg_restore</c>, run with the store's connection: a dump they write is what
/// every PostgreSQL tool reads, and they know the server's types better than any copy of ours would. Found in
/// <c>Backup:PostgreSqlBin</c>, else on the PATH, else in Debian's <c>/usr/lib/postgresql/N/bin</c> (the newest).
/// </summary>
public sealed class PostgreSqlTools(Microsoft.Extensions.Options.IOptions<BackupOptions> options)
{
    /// <summary>A custom-format dump (what <c>pg_restore</c> reads) of the store to <paramref name="path"/>.</summary>
    public Task DumpAsync(string connectionString, string path, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", path], connectionString, cancellationToken);

    /// <summary>
    /// Restores a custom-format dump over the store's database in one transaction (<c>--clean</c>: its tables are
    /// dropped and made again from the dump, or nothing changes); sessions reading meanwhile wait for the commit.
    /// </summary>
    public Task RestoreAsync(string connectionString, string path, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner",
            "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database!, path], connectionString, cancellationToken);

    /// <summary>Runs <paramref name="tool"/> against the store's database; returns its output, or throws with its error.</summary>
    public async Task<string> RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Append("--no-password"))
        {
            start.ArgumentList.Add(argument);
        }
        // The connection through libpq's variables: a password never shows in the process list.
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            var message = (await error).Trim();
            if (message.Contains("No space left on device", StringComparison.Ordinal))
            {
                throw new IOException("No space left on device", 28);
            }
            throw new BackupException($"{tool} failed (exit {process.ExitCode}): {message}");
        }
        return await output;
    }

    private string Find(string tool)
    {
        if (options.Value.PostgreSqlBin is { Length: > 0 } configured)
        {
            return Path.Combine(configured, tool);
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return onPath ?? debian
            ?? throw new BackupException($"{tool} was not found: install PostgreSQL's client tools (Debian: postgresql-client) or set Backup:PostgreSqlBin");
    }
}

using System.Diagnostics;
using System.Globalization;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A small tmpfs mounted for one test, to fill up: the tests run as root and may mount one (a machine where they
/// cannot skips them with a message, <see cref="SmallDiskFactAttribute"/>). Disposing unmounts it and deletes its folder.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("mineraltrade-small-disk-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) is { } error)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount failed: {error}");
        }
        return new SmallDisk(path);
    }

    /// <summary>Space freed, as an operator would free it.</summary>
    public void Grow(int megabytes) => Assert.Null(Run("mount", "-o", $"remount,size={megabytes}m", Path));

    public long Free => new DriveInfo(Path).AvailableFreeSpace;

    public void Dispose()
    {
        // Lazily if a file is still open (a pooled connection): the mount goes once it closes.
        if (Run("umount", Path) is not null)
        {
            Run("umount", "-l", Path);
        }
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Whether this machine lets the tests mount a tmpfs, and why not.</summary>
    public static readonly string? Unavailable = Probe();

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "mounting a small tmpfs needs Linux and root";
        }
        try
        {
            Mount(1).Dispose();
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"this machine does not let the tests mount a tmpfs ({e.Message})";
        }
    }

    /// <summary>Runs a command; its error output when it fails, null when it succeeds.</summary>
    private static string? Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{command} exited {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {error.Trim()}";
    }
}

/// <summary>
/// A test of an SQLite store or a spool on a small tmpfs (<see cref="SmallDisk"/>): skipped, with the reason, where none
/// can be mounted, and in the PostgreSQL run (a server's full disk is the server's to report).
/// </summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (TestStore.SuiteProvider != MineralTrade.Web.Data.DatabaseProvider.Sqlite)
        {
            Skip = "SQLite only; this run tests PostgreSQL";
        }
        else if (SmallDisk.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}

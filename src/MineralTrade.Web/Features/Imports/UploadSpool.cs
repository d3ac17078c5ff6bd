using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Where an uploaded file waits while it is imported: a folder of the app's own (<c>Import:SpoolDirectory</c>), each
/// file named after the process that wrote it. A crash (kill -9, power) skips the delete that normally follows an
/// import; the next start deletes every file whose process is gone, so nothing is left behind for good.
/// </summary>
public sealed partial class UploadSpool(IOptions<ImportOptions> options, ILogger<UploadSpool> logger) : IHostedService
{
    private const string Prefix = "upload-";

    // The process start time tells this process from a later one that reuses its id.
    private static readonly string s_owner = OwnerOf(Environment.ProcessId, Process.GetCurrentProcess().StartTime);

    public string Directory => options.Value.SpoolDirectory is { Length: > 0 } configured
        ? configured
        : Path.Combine(Path.GetTempPath(), "mineraltrade-uploads");

    /// <summary>
    /// Copies the request's file (the body whatever its type, or the first file of a multipart form) to a new spool
    /// file, stopping as soon as it passes <see cref="ImportOptions.MaxBytes"/>. The caller disposes the upload, which
    /// deletes the file.
    /// </summary>
    /// <exception cref="InvalidDataException">A form without a boundary or without a file.</exception>
    public async Task<Upload> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // The limit is counted while the body is copied; the server's own (30 MB by default) would cut it shorter.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }
        System.IO.Directory.CreateDirectory(Directory);
        var upload = new Upload(Path.Combine(Directory, $"{Prefix}{s_owner}-{Guid.NewGuid():N}.csv"));
        try
        {
            await using var file = new FileStream(upload.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            var (name, body) = await FileOfAsync(request, cancellationToken);
            upload.FileName = name;
            upload.WithinLimit = await CopyAsync(body, file, options.Value.MaxBytes, cancellationToken);
            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The name a history entry records for an upload or a file of the command line: the file's own name, without folders
    /// or control characters, each invisible character shown as U+FFFD (InvisibleText: <c>evil&#x202E;txt.exe</c> is not shown as <c>evilexe.txt</c>).
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var safe = InvisibleText.Neutralise(new string(Path.GetFileName(name ?? "").Where(c => !char.IsControl(c)).ToArray())).Trim();
        return safe.Length == 0 ? "upload.csv" : safe.Length > 200 ? safe[..200] : safe;
    }

    /// <summary>The body itself, or the first file section of a multipart form with the name it gives.</summary>
    private static async Task<(string? Name, Stream Body)> FileOfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, request.Body);
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
            ?? throw new InvalidDataException("The multipart form has no boundary.");
        // The reader's own limit (128 MB by default) would end a large upload with an exception; the copy counts instead.
        var multipart = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        while (await multipart.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return (HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value, section.Body);
            }
        }
        throw new InvalidDataException("The multipart form has no file.");
    }

    private static async Task<bool> CopyAsync(Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return false;
            }
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return true;
    }

    /// <summary>At start-up: deletes the spool files of processes that no longer run. Files of running processes stay.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return Task.CompletedTask;
        }
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*.csv"))
        {
            var parts = Path.GetFileNameWithoutExtension(path)[Prefix.Length..].Split('-');
            if (parts is [var pid, var started, _] && int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && !IsRunning(id, started))
            {
                try
                {
                    File.Delete(path);
                    LogDeleted(logger, path);
                }
                catch (IOException e)
                {
                    LogNotDeleted(logger, e, path);
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Path}, left by a process that no longer runs")]
    private static partial void LogDeleted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete {Path}")]
    private static partial void LogNotDeleted(ILogger logger, Exception exception, string path);

    private static string OwnerOf(int processId, DateTime started) =>
        $"{processId.ToString(CultureInfo.InvariantCulture)}-{started.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Whether the process that wrote a file still runs: its id is taken by a process that started at the same time.
    /// Another process reads a start time a few milliseconds off (Linux counts it in clock ticks from an estimated boot
    /// time), so the times are compared to within a second; a reused id belongs to a process started long after.
    /// </summary>
    private static bool IsRunning(int processId, string started)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return long.TryParse(started, CultureInfo.InvariantCulture, out var ticks)
                && Math.Abs(process.StartTime.ToUniversalTime().Ticks - ticks) < TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>A file in the spool: deleted when disposed.</summary>
    public sealed class Upload(string path) : IDisposable
    {
        public string Path { get; } = path;

        /// <summary>The name a form gave the file; null for a raw body.</summary>
        public string? FileName { get; set; }

        public bool WithinLimit { get; set; }

        public void Dispose() => File.Delete(Path);
    }
}

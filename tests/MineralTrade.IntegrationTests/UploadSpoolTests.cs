using System.Diagnostics;
using System.Globalization;
using System.Net;
using MineralTrade.Tests;

namespace MineralTrade.IntegrationTests;

/// <summary>Uploads wait in the app's own spool folder and never outlive their process (issue 10 item 7).</summary>
public sealed class UploadSpoolTests : IDisposable
{
    private readonly string _spool = Directory.CreateTempSubdirectory("mineraltrade-spool-test-").FullName;

    public void Dispose() => Directory.Delete(_spool, recursive: true);

    private Dictionary<string, string?> Settings => new() { ["Import:SpoolDirectory"] = _spool };

    [Fact]
    public async Task Upload_WaitsInTheSpoolFolder_AndIsDeletedAfterTheImport()
    {
        await using var app = new ImportApp(settings: Settings);
        var body = new PausingStream(ComtradeFile.Bytes(Enumerable.Range(1901, 150).Select(y => ComtradeFile.Row(period: y.ToString(CultureInfo.InvariantCulture))).ToList()));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new StreamContent(body) };
        request.Headers.Add("X-Api-Key", ImportApp.Key);

        // Without redirects, the test client streams the body instead of buffering it first.
        var sending = app.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);
        await body.Paused.Task.WaitAsync(TimeSpan.FromSeconds(60));
        // The server reads the body as it comes: the handler has started once the spool file exists.
        var whileUploading = Directory.GetFiles(_spool);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); whileUploading.Length == 0 && DateTime.UtcNow < deadline; whileUploading = Directory.GetFiles(_spool))
        {
            await Task.Delay(50);
        }
        body.Resume.SetResult();
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Assert.Single(whileUploading);
        Assert.StartsWith($"upload-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-", Path.GetFileName(file), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_spool));
    }

    [Fact]
    public async Task StartUp_DeletesWhatProcessesThatNoLongerRunLeft_AndNothingElse()
    {
        int gone;
        using (var process = Process.Start("true"))
        {
            await process.WaitForExitAsync();
            gone = process.Id;
        }
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime().Ticks;
        string Spooled(int pid, long ticks) => Path.Combine(_spool, $"upload-{pid}-{ticks}-{Guid.NewGuid():N}.csv");
        var crashed = Spooled(gone, started);
        var reused = Spooled(Environment.ProcessId, started - TimeSpan.TicksPerMinute); // an earlier process with the same id
        var running = Spooled(Environment.ProcessId, started);
        var other = Path.Combine(_spool, "notes.csv");
        foreach (var path in new[] { crashed, reused, running, other })
        {
            await File.WriteAllTextAsync(path, "reporter,exporter\n");
        }

        await using var app = new ImportApp(settings: Settings);
        await app.SnapshotAsync();

        Assert.False(File.Exists(crashed));
        Assert.False(File.Exists(reused));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(other));
    }

    /// <summary>A body that sends half of itself, then waits until the test lets it finish.</summary>
    private sealed class PausingStream(byte[] content) : Stream
    {
        private int _sent;
        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent == content.Length / 2)
            {
                Paused.TrySetResult();
                await Resume.Task;
            }
            var end = _sent < content.Length / 2 ? content.Length / 2 : content.Length;
            var n = Math.Min(buffer.Length, end - _sent);
            content.AsMemory(_sent, n).CopyTo(buffer);
            _sent += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

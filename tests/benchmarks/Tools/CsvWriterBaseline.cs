using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Benchmarks;

/// <summary>
/// The baseline of the extract benchmark: CsvHelper writing the rows of an extract the server sent, held in memory,
/// with the app's writer options (the same columns, the same escaping) to a stream that keeps nothing. The first
/// write is hashed against the server's file to prove the bytes are the same; the timed runs then write to nowhere.
/// </summary>
internal static class CsvWriterBaseline
{
    public static async Task<int> RunAsync(string extractPath, int runs)
    {
        List<FigureRow> rows;
        using (var reader = CsvReader.FromFile(extractPath, FigureCsv.ReaderOptions))
        {
            // Read back as the server escaped them ('=...); the writer escapes them again, as the import does.
            rows = reader.GetRecords<FigureRow>().Select(ImportReader.Unescaped).ToList();
        }

        byte[] expected;
        await using (var file = File.OpenRead(extractPath))
        {
            expected = await SHA256.HashDataAsync(file);
        }
        using var hash = new HashingNullStream(IncrementalHash.CreateHash(HashAlgorithmName.SHA256));
        Write(rows, hash);
        var same = hash.Hash.AsSpan().SequenceEqual(expected);
        Console.WriteLine($"rows={rows.Count} bytes={hash.Length} same_bytes_as_server={(same ? "yes" : "no")}");
        if (!same)
        {
            Console.Error.WriteLine("The baseline does not write the server's bytes: compare FigureCsv with this tool.");
            return 1;
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            using var nothing = new HashingNullStream(null);
            var clock = Stopwatch.StartNew();
            Write(rows, nothing);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"csv_writer_seconds median={Arg.Median(times):0.000} min={times[0]:0.000} max={times[^1]:0.000} runs={runs}"));
        return 0;
    }

    private static void Write(List<FigureRow> rows, Stream destination)
    {
        // The byte-order mark the server writes first (FigureCsv.WriteAsync).
        destination.Write(System.Text.Encoding.UTF8.Preamble);
        using var writer = CsvWriter.Create(destination, FigureCsv.WriterOptions, leaveOpen: true);
        writer.WriteRecords(rows);
        writer.Flush();
    }

    /// <summary>Counts (and optionally hashes) what is written, and keeps none of it.</summary>
    private sealed class HashingNullStream(IncrementalHash? hash) : Stream
    {
        private long _length;

        public byte[] Hash => hash!.GetHashAndReset();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash?.AppendData(buffer);
            _length += buffer.Length;
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash?.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// One pass over a file's bytes before it is read: its SHA-256 for the history, and every line whose bytes are not
/// UTF-8. The CSV reader would read such bytes as U+FFFD and the import would store the damage; here the line is named
/// instead (docs/decisions/0040-strict-imports.md). A file with a UTF-16 or UTF-32 byte-order mark says its
/// own encoding and is left to the reader, which transcodes it.
/// </summary>
public static class FileScan
{
    public static async Task<string> Sha256AndEncodingAsync(string path, ImportProblems problems, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var check = new Utf8Lines();
            var (carried, first) = (0, true);
            while (true)
            {
                var read = await file.ReadAsync(buffer.AsMemory(carried, (1 << 16) - carried), cancellationToken);
                if (read > 0)
                {
                    hash.AppendData(buffer, carried, read);
                }
                if (first && IsUtf16Or32(buffer.AsSpan(0, carried + read)))
                {
                    await CopyToHashAsync(file, hash, buffer, cancellationToken);
                    break;
                }
                first = false;
                carried = check.Scan(buffer.AsSpan(0, carried + read), chars, final: read == 0, problems);
                if (read == 0)
                {
                    break;
                }
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool IsUtf16Or32(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    private static async Task CopyToHashAsync(Stream file, IncrementalHash hash, byte[] buffer, CancellationToken cancellationToken)
    {
        int read;
        while ((read = await file.ReadAsync(buffer.AsMemory(0, 1 << 16), cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }

    /// <summary>Checks UTF-8 chunk by chunk, counting lines; reports each bad line once.</summary>
    private sealed class Utf8Lines
    {
        private long _line = 1;
        private bool _skippingBadLine;

        /// <summary>Returns how many bytes at the end of <paramref name="bytes"/> begin a character the next chunk ends (moved to the front).</summary>
        public int Scan(Span<byte> bytes, char[] chars, bool final, ImportProblems problems)
        {
            var at = 0;
            while (at < bytes.Length)
            {
                if (_skippingBadLine)
                {
                    var newline = bytes[at..].IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        return 0;
                    }
                    (at, _skippingBadLine) = (at + newline + 1, false);
                    _line++;
                    continue;
                }
                var status = Utf8.ToUtf16(bytes[at..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: final);
                _line += bytes.Slice(at, read).Count((byte)'\n');
                at += read;
                switch (status)
                {
                    case OperationStatus.NeedMoreData:
                        bytes[at..].CopyTo(bytes);
                        return bytes.Length - at;
                    case OperationStatus.InvalidData:
                        problems.Add(_line, null, $"is not UTF-8 (byte 0x{bytes[at]:X2}): save the file as UTF-8; a Latin-1 or Windows-1252 file would lose its accented letters");
                        _skippingBadLine = true;
                        break;
                }
            }
            return 0;
        }
    }
}

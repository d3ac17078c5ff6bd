using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// The records of one batch of calls (a reporter, up to twelve periods), written as they arrive into one UN Comtrade+
/// CSV file per period, with the 47 columns of an export: the file the import then reads, checks and merges exactly as
/// it would a file downloaded from comtradeplus.un.org. A record met twice (two series that both hold it, a call tried
/// again after a timeout, an answer split after it reached the cap) is written once. Nothing is held whole.
/// </summary>
public sealed class FetchSpool : IDisposable
{
    private readonly Dictionary<int, PeriodFile> _files = [];

    public FetchSpool(string directory, string frequency, IEnumerable<int> periods)
    {
        Directory.CreateDirectory(directory);
        foreach (var period in periods)
        {
            _files[period] = new PeriodFile(Path.Combine(directory, $"comtrade-{frequency}-{period}-{Guid.NewGuid():N}.csv"));
        }
    }

    /// <summary>Records written and records met again, over every period.</summary>
    public int Written => _files.Values.Sum(f => f.Written);

    public int Repeated { get; private set; }

    /// <summary>Records of the answers outside what was asked (the level aggregates bring every chapter).</summary>
    public int Outside { get; private set; }

    /// <summary>
    /// Writes a record of <paramref name="query"/>'s answer into its period's file; false, with why, when the answer
    /// holds what it should not (a period or reporter that was not asked): the call then failed.
    /// </summary>
    public bool TryAdd(IReadOnlyDictionary<string, string?> record, ComtradeQuery query, out string? problem)
    {
        problem = null;
        var periodText = record.GetValueOrDefault("period")?.Trim();
        if (!int.TryParse(periodText, out var period) || !query.Periods.Contains(period) || !_files.TryGetValue(period, out var file))
        {
            problem = $"the answer holds period '{periodText}', which was not asked";
            return false;
        }
        var reporter = record.GetValueOrDefault("reporterCode")?.Trim();
        if (reporter != query.Series.Reporter.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            problem = $"the answer holds reporter '{reporter}', which was not asked";
            return false;
        }
        if (!query.Keeps(record.GetValueOrDefault("cmdCode") ?? ""))
        {
            Outside++;
            return true;
        }
        var fields = new string[ComtradeRow.Header.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = record.GetValueOrDefault(ComtradeRow.Header[i]) ?? "";
        }
        if (!file.Add(fields))
        {
            Repeated++;
        }
        return true;
    }

    /// <summary>The period's file, complete, for the import.</summary>
    public string Complete(int period)
    {
        var file = _files[period];
        file.Close();
        return file.Path;
    }

    public int WrittenFor(int period) => _files[period].Written;

    public void Dispose()
    {
        foreach (var file in _files.Values)
        {
            file.Close();
            File.Delete(file.Path);
        }
    }

    private sealed class PeriodFile(string path)
    {
        private readonly HashSet<UInt128> _seen = [];
        private CsvWriter? _writer;

        public string Path { get; } = path;

        public int Written { get; private set; }

        public bool Add(string[] fields)
        {
            if (!_seen.Add(Identity(fields)))
            {
                return false;
            }
            if (_writer is null)
            {
                _writer = CsvWriter.Create(new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), CsvWriterOptions.Default, leaveOpen: false);
                _writer.WriteHeader(ComtradeRow.Header);
            }
            _writer.WriteRecord(fields);
            Written++;
            return true;
        }

        public void Close()
        {
            if (_writer is null && !File.Exists(Path))
            {
                // An answer without a record for the period: a header alone, which the import takes as nothing to change.
                _writer = CsvWriter.Create(new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.None), CsvWriterOptions.Default, leaveOpen: false);
                _writer.WriteHeader(ComtradeRow.Header);
            }
            _writer?.Dispose();
            _writer = null;
        }

        /// <summary>128 bits of the record's SHA-256: equal records are one, and two different ones never collide in practice.</summary>
        private static UInt128 Identity(string[] fields)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields)));
            return BinaryPrimitives.ReadUInt128LittleEndian(hash);
        }
    }
}

using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The bad-files corpus (<c>tests/bad-files</c>, written by its make.py): every file is rejected through
/// <c>POST /api/imports</c> with a problem on the expected line and column whose reason says why, and the store is
/// byte for byte what it was (a SHA-256 of every row of every table).
/// </summary>
public sealed class BadFilesTests(BadFilesTests.App app) : IClassFixture<BadFilesTests.App>
{
    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "bad-files");

    public static TheoryData<string, long, string, string> Files()
    {
        using var reader = CsvReader.FromFile(Path.Combine(Corpus, "expected.csv"));
        var data = new TheoryData<string, long, string, string>();
        while (reader.Read())
        {
            data.Add(reader.GetString("file"), long.Parse(reader.GetString("line"), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString("column"), reader.GetString("reason"));
        }
        return data;
    }

    [Fact]
    public void Corpus_HasBothFormats_AndMoreThanAHundredFiles()
    {
        var files = Files().Select(row => (string)row[0]).ToList();
        Assert.True(files.Count > 100, $"{files.Count} files");
        Assert.Contains(files, f => f.StartsWith("native/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("comtrade/", StringComparison.Ordinal));
        // Every file on disk is listed, so that none is kept without being tried.
        var onDisk = Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal));
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task BadFile_IsRejectedWithItsLineAndReason_AndTheStoreIsUnchanged(string file, long line, string column, string reason)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Corpus, file));
        if (file.EndsWith(".gz", StringComparison.Ordinal))
        {
            // A bomb: a few kilobytes in the repository, megabytes on the wire.
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var raw = new MemoryStream();
            await gzip.CopyToAsync(raw);
            bytes = raw.ToArray();
        }
        var before = await app.StoreSha256Async();

        var response = await app.PostAsync(bytes, "?fileName=" + Uri.EscapeDataString(Path.GetFileName(file)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{file}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Line: p.GetProperty("line").GetInt64(), Column: p.GetProperty("column").GetString() ?? "", Reason: p.GetProperty("reason").GetString()!))
            .ToList();
        Assert.True(problems.Any(p => p.Line == line && p.Column == column && p.Reason.Contains(reason, StringComparison.Ordinal)),
            $"{file}: expected line {line}, column '{column}', '{reason}'; got {string.Join(" | ", problems)}");
        Assert.Equal(before, await app.StoreSha256Async());
    }

    /// <summary>One application for the whole corpus, taking files as large as the bombs.</summary>
    public sealed class App() : IAsyncLifetime
    {
        private readonly ImportApp _app = new(settings: new() { ["Import:MaxBytes"] = (64 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        public Task<HttpResponseMessage> PostAsync(byte[] body, string query) => _app.PostAsync(body, query);

        /// <summary>
        /// Every row of every table of the store, column by column in key order, hashed: equal only if nothing changed.
        /// The data protection keys are left out: they are the web host's, made whenever it first needs them.
        /// </summary>
        public async Task<string> StoreSha256Async()
        {
            await using var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
                .OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
            {
                var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToList();
                var key = entity.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\"");
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{entity.GetTableName()}\" ORDER BY {string.Join(", ", key)}";
                await using var rows = await command.ExecuteReaderAsync();
                hash.AppendData(Encoding.UTF8.GetBytes(entity.GetTableName() + "\n"));
                while (await rows.ReadAsync())
                {
                    for (var i = 0; i < rows.FieldCount; i++)
                    {
                        hash.AppendData(Encoding.UTF8.GetBytes((rows.IsDBNull(i) ? "\u2400" : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u001f"));
                    }
                    hash.AppendData("\n"u8);
                }
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await _app.DisposeAsync();
    }
}

using System.ComponentModel.DataAnnotations;

namespace MineralTrade.Web.Features.Imports;

/// <summary>The <c>Import</c> section of configuration (<c>Import__ApiKey</c> in the environment).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The key <c>POST /api/imports</c> requires in <c>X-Api-Key</c>; without one, the endpoint refuses every request.</summary>
    public string? ApiKey { get; set; }

    /// <summary>What the history records as who imported (<c>api:</c> and this name): never the key itself.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,32}$")]
    public string ApiKeyName { get; set; } = "import-key";

    /// <summary>The largest file the API takes, in bytes; larger gets 413. A 1,000,000-row Comtrade export is about 400 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 1L << 30;

    /// <summary>
    /// How long an import waits for its turn (one at a time in the process) and then for the store's write lock (another
    /// process writing); past it, the API answers 503 with Retry-After and the command line exits 3.
    /// </summary>
    [Range(1, 600)]
    public int WaitSeconds { get; set; } = 10;

    /// <summary>Where uploads wait while they are imported (UploadSpool); by default a folder of the app's own in the temp folder.</summary>
    public string? SpoolDirectory { get; set; }
}

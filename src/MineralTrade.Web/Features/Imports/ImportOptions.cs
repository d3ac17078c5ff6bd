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
}

using Microsoft.AspNetCore.Components;

namespace MineralTrade.Web.Components;

/// <summary>
/// The import map's integrity of a module, for its <c>&lt;script type="module"&gt;</c> element too: without it, the
/// browser fetched each page module twice a load (the element's request and the import map's, issue 21's first chart).
/// </summary>
public static class ModuleIntegrity
{
    public static string? Of(ResourceAssetCollection assets, string path) =>
        assets.FirstOrDefault(a => a.Url == assets[path])?.Properties?.FirstOrDefault(p => p.Name == "integrity")?.Value;
}

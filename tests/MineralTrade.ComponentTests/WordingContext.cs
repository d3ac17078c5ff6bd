using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.ComponentTests;

/// <summary>
/// A test of how a component names products in each language: localization and the curated table of HS wording
/// (<c>data/</c>) registered, as the app registers them.
/// </summary>
public abstract class WordingContext : BunitContext
{
    protected static readonly HsNomenclature Nomenclature = HsNomenclature.Load(Path.Combine(Seeder.DataDirectory, HsNomenclature.FileName));

    protected WordingContext()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(Nomenclature);
    }
}

using System.Globalization;

namespace MineralTrade.ComponentTests;

/// <summary>The page's language for a test: <c>using var _ = new PageCulture("ur");</c> sets the UI culture, and puts the one before back.</summary>
internal sealed class PageCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public PageCulture(string culture) => CultureInfo.CurrentUICulture = new CultureInfo(culture);

    public void Dispose() => CultureInfo.CurrentUICulture = _before;
}

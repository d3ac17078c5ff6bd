using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace MineralTrade.Tests;

/// <summary>
/// Every page the app routes, read from its components' <c>@page</c> templates, as addresses to visit: the site-wide
/// checks (links, words, layout, accessibility) cover a page as soon as it is added. A template with a parameter needs
/// sample addresses here, and the list says so until it has them.
/// </summary>
public static class RoutedPages
{
    private static readonly Dictionary<string, string[]> s_samples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/products/{HsCode}"] = ["/products/2603", "/products/74", "/products/TOTAL", "/products/2606"],
    };

    /// <summary>Views of the same pages that show more than their default address does.</summary>
    private static readonly string[] s_views =
    [
        "/?category=copper&category=zinc&reporter=CN-GACC&from=2023",
        "/?reporter=PK-SBP",
        "/compare?hs=TOTAL",
        "/figures?hs=2603",
    ];

    /// <summary>The templates of every routable component of the app (<c>/</c>, <c>/products/{HsCode}</c>...).</summary>
    public static IReadOnlyList<string> Templates { get; } =
    [
        .. typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>One address per template without parameters, the samples of those with, and the views above.</summary>
    public static IReadOnlyList<string> Addresses()
    {
        var missing = Templates.Where(t => t.Contains('{', StringComparison.Ordinal) && !s_samples.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Give tests/Shared/RoutedPages.cs sample addresses for {string.Join(", ", missing)}.");
        }
        return [.. Templates.SelectMany(t => t.Contains('{', StringComparison.Ordinal) ? s_samples[t] : [t]), .. s_views];
    }

    /// <summary>The widths every routed page is checked at: a desktop's and a phone's.</summary>
    public static readonly int[] Widths = [1366, 390];

    /// <summary>Each of <see cref="Addresses"/> at each of <see cref="Widths"/>: the site-wide checks' theory data.</summary>
    public static TheoryData<string, int> AtEachWidth()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Addresses())
        {
            foreach (var width in Widths)
            {
                data.Add(path, width);
            }
        }
        return data;
    }
}

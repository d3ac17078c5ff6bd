using System.Globalization;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// A view that matches more figures than one request may compute over (<c>RequestLimits:MaxFiguresPerRequest</c>):
/// refused whole with a way to narrow it, never computed on part of the figures. The API answers 422 problem+json,
/// the pages say so in place of the view.
/// </summary>
public sealed class TooManyFiguresException(int limit) : Exception(Explain(limit))
{
    public int Limit { get; } = limit;

    private static string Explain(int limit) => string.Format(CultureInfo.InvariantCulture,
        "More than {0:N0} figures match this view, and one request computes over at most {0:N0} (RequestLimits:MaxFiguresPerRequest). "
        + "Narrow it: a category, a reporter, an HS code, or a year range (from, to).", limit);
}

using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// A view that matches more figures than one request may compute over (<c>RequestLimits:MaxFiguresPerRequest</c>):
/// refused whole with a way to narrow it, never computed on part of the figures. The API answers 422 problem+json,
/// the pages say so in place of the view, in the reader's language (the API in English).
/// </summary>
public sealed class TooManyFiguresException(int limit) : Exception(Explain(limit, Language.English))
{
    public int Limit { get; } = limit;

    private static readonly Texts s_texts = new(typeof(TooManyFiguresException));

    /// <summary>Why the view is refused and how to narrow it, in <paramref name="language"/>.</summary>
    public static string Explain(int limit, Language language) =>
        s_texts.Format("TooManyFigures", language, ("limit", limit.ToString("N0", CultureInfo.InvariantCulture)));
}

using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The paging parameters of the lists (docs/decisions/0094): how many rows, and where the previous page ended (the
/// cursor of the <c>Link: rel="next"</c> header of the page before).
/// </summary>
public sealed record PageQuery(
    [FromQuery(Name = PageQuery.LimitParameter)] [property: Description("Rows per page: 1 to 1000, 100 by default")] string? Limit,
    [FromQuery(Name = PageQuery.CursorParameter)] [property: Description("Where to continue: the cursor in the previous page's Link header (rel=\"next\")")] string? Cursor)
{
    public const string LimitParameter = "limit", CursorParameter = "cursor";

    private bool TryParseLimit(Dictionary<string, string[]> errors, out int limit)
    {
        limit = FigureService.DefaultLimit;
        if (Limit is null)
        {
            return true;
        }
        if (int.TryParse(Limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit)
            && limit is >= 1 and <= FigureService.MaxLimit)
        {
            return true;
        }
        errors[LimitParameter] = [$"{LimitParameter}: '{Limit}' is not a number of rows. Allowed: 1 to {FigureService.MaxLimit}."];
        return false;
    }

    /// <summary>The limit, and where <paramref name="list"/>'s page starts: after the cursor's row, or its first page without one.</summary>
    public bool TryParse<TPosition>(IKeyset<TPosition> list, Dictionary<string, string[]> errors, out int limit, out TPosition position)
    {
        var parsed = TryParseLimit(errors, out limit);
        position = list.First;
        if (Cursor is not null && !(Figures.Cursor.TryRead(Cursor, out var values) && list.TryRead(values, out position)))
        {
            BadCursor(errors);
            parsed = false;
        }
        return parsed;
    }

    private static void BadCursor(Dictionary<string, string[]> errors) =>
        errors[CursorParameter] = [$"{CursorParameter}: not a cursor of this list. Use the one in the Link header of the previous page, or none for the first page."];

    /// <summary>
    /// RFC 8288's <c>Link: &lt;...&gt;; rel="next"</c>: this request's path and query with the next cursor (a reference
    /// relative to the request, so that it holds behind a proxy).
    /// </summary>
    public static void NextLink(HttpContext http, string? next)
    {
        if (next is null)
        {
            return;
        }
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query[PageQuery.CursorParameter] = next;
        var builder = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query.SelectMany(p => p.Value, (p, v) => KeyValuePair.Create(p.Key, v ?? "")));
        http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{builder.ToQueryString()}>; rel=\"next\"";
    }
}

using System.Globalization;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// A control character (U+0000-U+001F, U+007F-U+009F) in a query parameter's name or value is a 400 naming the
/// parameter, for every endpoint and page alike, before anything parses it: each parser had its own view (.NET reads
/// <c>2020\0</c> as the number 2020, so <c>from=2020%00</c> and <c>limit=10%00</c> passed while <c>hs=74%00</c> was refused).
/// </summary>
public static class QueryText
{
    public static IApplicationBuilder UseQueryTextRule(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.HasValue)
        {
            foreach (var (name, values) in context.Request.Query)
            {
                var control = FirstControl(name) ?? values.Select(v => FirstControl(v ?? "")).FirstOrDefault(c => c is not null);
                if (control is { } found)
                {
                    var code = "U+" + ((int)found).ToString("X4", CultureInfo.InvariantCulture);
                    await TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { [name] = [$"{name}: holds a control character ({code}), which no parameter may hold."] },
                        detail: $"Check the query parameters: {name}.").ExecuteAsync(context);
                    return;
                }
            }
        }
        await next(context);
    });

    private static char? FirstControl(string text) => text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') is var low and >= 0 ? text[low]
        : text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') is var high and >= 0 ? text[high] : null;
}

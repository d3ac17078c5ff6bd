using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace MineralTrade.Web.Features.Languages;

/// <summary>
/// Which language a request is answered in (decision 0110): <c>?culture=</c> in the address, else the culture cookie,
/// else the browser's <c>Accept-Language</c>, else English. A language chosen in the address is remembered in the cookie,
/// so that the circuit started by the page (its own requests carry no query string) and the next visit read the same.
/// </summary>
public static class LanguageRequests
{
    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Chinese and Urdu text as UTF-8, not as character references (eight bytes a character, and unreadable in the
        // page's source); what HTML gives meaning to (<, >, &, quotes) is still encoded, as are controls.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // The language is the UI culture; the culture stays invariant, so that no number, date or URL is ever
            // formatted by the reader's culture by accident: each language's formats are our own code (Features/Figures).
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Language.Default.Culture);
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = [.. Language.All.Select(l => l.Culture)];
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Language.QueryParameter, UIQueryStringKey = Language.QueryParameter },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>Before routing: the pages, the circuit's requests and the error pages all read the language it sets.</summary>
    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app)
    {
        // The API answers the same in every language (its period labels included), whatever the client's Accept-Language
        // or cookie: English, and no cookie, which would also keep its answers out of caches.
        app.UseWhen(IsApi, api => api.Use((context, next) =>
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = Language.Default.Culture;
            return next(context);
        }));
        app.UseWhen(context => !IsApi(context), pages => pages.UseRequestLocalization());
        return app.Use((context, next) =>
        {
            if (!IsApi(context) && Language.Find(context.Request.Query[Language.QueryParameter].ToString()) is { } chosen)
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen.Code)),
                    new CookieOptions
                    {
                        Path = "/",
                        MaxAge = TimeSpan.FromDays(365),
                        SameSite = SameSiteMode.Lax,
                        HttpOnly = true,
                        Secure = context.Request.IsHttps,
                        IsEssential = true,
                    });
            }
            return next(context);
        });
    }
}

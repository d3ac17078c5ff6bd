using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MineralTrade.Web.Features.Updates;

/// <summary><c>/updates.atom</c>: the updates page's newest entries as an Atom feed (RFC 4287), written by System.ServiceModel.Syndication.</summary>
public static class UpdateEndpoints
{
    public const string AtomType = "application/atom+xml";

    public static IEndpointRouteBuilder MapUpdateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/updates.atom", GetUpdatesFeed)
            .WithTags("Updates")
            .WithName(nameof(GetUpdatesFeed))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("What each import and fetch run added, revised and withdrew, newest first, as an Atom feed.")
            .Produces(StatusCodes.Status200OK, contentType: AtomType);
        return app;
    }

    public static async Task<FileContentHttpResult> GetUpdatesFeed(UpdateService updates, HttpContext http, CancellationToken cancellationToken)
    {
        var (items, _) = await updates.GetPageAsync(before: null, cancellationToken: cancellationToken);
        var site = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        return TypedResults.Bytes(Write(UpdateFeed.Build(items, site)), $"{AtomType}; charset=utf-8");
    }

    private static byte[] Write(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return buffer.ToArray();
    }
}

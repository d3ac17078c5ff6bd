namespace MineralTrade.Web.Features.Figures;

/// <summary>A figure where it is shown: value as read with its qualifier, and where it was read.</summary>
public sealed record Provenance(string Reporter, string Publisher, string? SourceDate, string? SourceUrl)
{
    public static Provenance Of(Figure f) =>
        new(f.Reporter, f.SourcePublisher, f.SourceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.SourceUrl);

    public string Text => $"{Reporter}; {Publisher}{(SourceDate is null ? "" : ", " + SourceDate)}";
}

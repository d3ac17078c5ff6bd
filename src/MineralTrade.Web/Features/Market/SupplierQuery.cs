using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// The parameters of <c>/api/suppliers</c>: one HS code, the importer (China by default) and whose figures (its own
/// customs by default), and the months: a year, a month, or the year to date or twelve months to a month. Read as text,
/// so that a bad value gets a problem naming it.
/// </summary>
public sealed record SupplierQuery(
    [FromQuery(Name = FilterParameter.Hs)] [property: Description("One HS code (2603, 7403, 26, TOTAL): required")] StringValues? Hs,
    [FromQuery(Name = FilterParameter.Importer)] [property: Description("The importer, ISO 3166 alpha-2: CN by default")] StringValues? Importer,
    [FromQuery(Name = FilterParameter.Reporter)] [property: Description("Whose figures: the importer's own customs by default (CN-GACC for CN)")] StringValues? Reporter,
    [FromQuery(Name = SupplierQuery.YearParameter)] [property: Description("A calendar year (its annual figures); the latest held by default")] StringValues? Year,
    [FromQuery(Name = SupplierQuery.MonthParameter)] [property: Description("A month, YYYY-MM: that month, or the last month of window=ytd or 12m (the latest held by default)")] StringValues? Month,
    [FromQuery(Name = SupplierQuery.WindowParameter)] [property: Description("year (default), month, ytd (January to the month) or 12m (the twelve months to the month)")] StringValues? Window)
{
    public const string YearParameter = "year", MonthParameter = "month", WindowParameter = "window";

    public bool TryParse(out SupplierRequest request, Dictionary<string, string[]> errors)
    {
        request = SupplierRequest.China(HsClassification.Total);
        var before = errors.Count;
        _ = FigureFilter.TryParse(
            [new(FilterParameter.Hs, Hs ?? StringValues.Empty), new(FilterParameter.Importer, Importer ?? StringValues.Empty), new(FilterParameter.Reporter, Reporter ?? StringValues.Empty)],
            out var filter, out var filterErrors);
        foreach (var (name, messages) in filterErrors)
        {
            errors[name] = messages;
        }
        if (!filterErrors.ContainsKey(FilterParameter.Hs) && (filter.HsCodes.Count != 1 || filter.HsCodesWithInside.Count > 0))
        {
            errors[FilterParameter.Hs] = [$"{FilterParameter.Hs}: " + (filter.HasCodes ? "takes one HS code, without '*'." : "is required: one HS code (2603, 7403, TOTAL).")];
        }
        if (filter.Importer == Codes.World)
        {
            errors[FilterParameter.Importer] = [$"{FilterParameter.Importer}: 'WORLD' has no customs of its own. Allowed: a country, ISO 3166 alpha-2 (CN)."];
        }
        if (filter.Reporters.Count > 1)
        {
            errors[FilterParameter.Reporter] = [$"{FilterParameter.Reporter}: takes one reporter; shares never mix two reporters' figures."];
        }
        var kind = WindowKindOf(errors);
        var year = One<int>(Year, YearParameter, errors, text =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= Period.MinYear and <= Period.MaxYear ? y : (int?)null,
            $"a year from {Period.MinYear} to {Period.MaxYear}");
        var month = One<int>(Month, MonthParameter, errors, text => Period.TryParse(text, out var m) ? m : null, "a month as YYYY-MM (2026-10)");
        if (kind is null && year is not null && month is not null)
        {
            errors[YearParameter] = [$"{YearParameter}: give a year or a month, not both."];
            errors[MonthParameter] = [$"{MonthParameter}: give a year or a month, not both (or window=ytd or 12m with the month they end in)."];
            return false;
        }
        kind ??= month is not null ? WindowKind.Month : WindowKind.Year;
        if (year is not null && kind != WindowKind.Year)
        {
            errors[YearParameter] = [$"{YearParameter}: goes with window=year only; for window={EnumNames<WindowKind>.Name(kind.Value)} give its last month as '{MonthParameter}'."];
        }
        if (month is not null && kind == WindowKind.Year)
        {
            errors[MonthParameter] = [$"{MonthParameter}: a year's window is given by '{YearParameter}'. Allowed: month with window=month, ytd or 12m."];
        }
        if (errors.Count > before)
        {
            return false;
        }
        var importer = filter.Importer ?? SupplierRequest.DefaultImporter;
        request = new SupplierRequest(filter.HsCodes[0], importer,
            filter.Reporters.Count == 1 ? Codes.CanonicalReporter(filter.Reporters[0]) : SupplierRequest.CustomsOf(importer), kind.Value, year, month);
        return true;
    }

    private WindowKind? WindowKindOf(Dictionary<string, string[]> errors) =>
        One<WindowKind>(Window, WindowParameter, errors, text => EnumNames<WindowKind>.TryParse(text, out var k) ? k : (WindowKind?)null,
            $"one of {string.Join(", ", EnumNames<WindowKind>.All)}");

    /// <summary>One value of a parameter (the same value repeated counts once), read by <paramref name="read"/>; null where absent.</summary>
    internal static T? One<T>(StringValues? values, string name, Dictionary<string, string[]> errors, Func<string, T?> read, string allowed) where T : struct
    {
        var given = (values ?? StringValues.Empty).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (given.Count == 0)
        {
            return null;
        }
        if (given.Count == 1 && read(given[0]) is { } value)
        {
            return value;
        }
        errors[name] = [given.Count == 1
            ? $"{name}: '{given[0]}' is not {allowed}."
            : $"{name}: takes one value; it was given {given.Count}: {string.Join(", ", given.Select(v => $"'{v}'"))}. Allowed: {allowed}."];
        return null;
    }
}

using CadreRules.Extensions.DependencyInjection;
using CadreRules.Rules;
using Microsoft.AspNetCore.Http;

namespace CadreRules.Server.Http;

/// <summary>The province a request asks for: the route's <c>{province}</c> (<c>/provinces/minh-khe/…</c>) or else the
/// header <c>X-CadreRules-Province</c>; none means the base catalogue. Keys are those of the configuration
/// (<c>CadreRules:Provinces</c>), compared ordinally as the DI package's keyed catalogues are.</summary>
internal static class ProvinceSelection
{
    public const string Header = "X-CadreRules-Province";

    public const string RouteValue = "province";

    /// <summary>The province's key, or null when the request names none.</summary>
    public static string? Key(HttpRequest request) =>
        request.RouteValues.TryGetValue(RouteValue, out object? value) && value is string route ? route
        : request.Headers.TryGetValue(Header, out Microsoft.Extensions.Primitives.StringValues header) && header.Count > 0 && !string.IsNullOrEmpty(header[0]) ? header[0]
        : null;

    /// <summary>The catalogue of the province asked, or the base catalogue.</summary>
    /// <exception cref="ApiProblem">404 when no province has the key.</exception>
    public static RegulationCatalog Catalog(ProvinceCatalogs catalogs, string? province, Language language)
    {
        if (province is null)
        {
            return catalogs.Default;
        }

        if (catalogs.TryGet(province, out RegulationCatalog? catalog))
        {
            return catalog;
        }

        bool vi = language == Language.Vietnamese;
        string known = catalogs.Provinces.IsEmpty ? (vi ? "không có tỉnh nào được cấu hình" : "none is configured") : string.Join(", ", catalogs.Provinces);
        throw new ApiProblem(
            StatusCodes.Status404NotFound,
            ProblemTypes.Province,
            vi ? "Không có tỉnh này" : "Unknown province",
            vi ? $"Không có tỉnh '{province}' trong cấu hình; các tỉnh: {known}." : $"No province '{province}' is configured; the provinces are: {known}.",
            [new ProblemError(RouteValue, "Province.Unknown", province)]);
    }
}

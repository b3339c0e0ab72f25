using CadreRules.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CadreRules.Server.Http;

/// <summary>The language of a response, from <c>Accept-Language</c>: English when the first language named is
/// <c>en</c> (any region), Vietnamese otherwise and by default, as the CLI's <c>--lang</c>.</summary>
internal static class ApiLanguage
{
    public static Language Of(HttpRequest request)
    {
        StringValues header = request.Headers.AcceptLanguage;
        foreach (string? value in header)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            // The first range named decides (weights are not weighed: the API speaks two languages).
            string first = value.Split(',')[0].Split(';')[0].Trim();
            return first.Equals("en", System.StringComparison.OrdinalIgnoreCase) || first.StartsWith("en-", System.StringComparison.OrdinalIgnoreCase)
                ? Language.English
                : Language.Vietnamese;
        }

        return Language.Vietnamese;
    }
}

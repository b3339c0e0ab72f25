using System;
using System.Threading.Tasks;
using CadreRules.Documents;
using CadreRules.Extensions.DependencyInjection;
using CadreRules.People;
using CadreRules.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CadreRules.Server.Http;

/// <summary>The one path every document endpoint takes: the language, the province's catalogue (404 before the body is
/// read), the body within the limit, the roster part, then the family's work; any error of the input becomes a problem.</summary>
internal static class DocumentEndpoint
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Runs <paramref name="work"/> on the request's documents and writes its JSON.</summary>
    public static async Task RunAsync(HttpContext context, ProvinceCatalogs catalogs, bool rosterAllowed, Func<DocumentCall, ReadOnlyMemory<byte>> work)
    {
        Language language = ApiLanguage.Of(context.Request);
        string? part = null;
        try
        {
            string? province = ProvinceSelection.Key(context.Request);
            RegulationCatalog catalog = ProvinceSelection.Catalog(catalogs, province, language);
            ServerLimits limits = context.RequestServices.GetRequiredService<ServerLimits>();
            RequestDocuments documents = await RequestDocuments.ReadAsync(context, limits, language, rosterAllowed).ConfigureAwait(false);
            Roster? roster = null;
            if (documents.Roster is { } rosterBytes)
            {
                part = RequestDocuments.RosterPart;
                using var stream = RequestDocuments.Open(rosterBytes);
                roster = CadreDocuments.ReadRoster(stream, limits.Documents);
                part = null;
            }

            ReadOnlyMemory<byte> body = work(new DocumentCall(documents, roster, catalog, province, language, limits.Documents));
            await WriteJsonAsync(context, body).ConfigureAwait(false);
        }
        catch (Exception e) when (ProblemWriter.From(e, language, part) is not null)
        {
            await ProblemWriter.WriteAsync(context, ProblemWriter.From(e, language, part)!).ConfigureAwait(false);
        }
    }

    /// <summary>Runs work that reads no body (the catalogue).</summary>
    public static async Task RunAsync(HttpContext context, ProvinceCatalogs catalogs, Func<RegulationCatalog, Language, ReadOnlyMemory<byte>> work)
    {
        Language language = ApiLanguage.Of(context.Request);
        try
        {
            RegulationCatalog catalog = ProvinceSelection.Catalog(catalogs, ProvinceSelection.Key(context.Request), language);
            await WriteJsonAsync(context, work(catalog, language)).ConfigureAwait(false);
        }
        catch (ApiProblem problem)
        {
            await ProblemWriter.WriteAsync(context, problem).ConfigureAwait(false);
        }
    }

    private static Task WriteJsonAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}

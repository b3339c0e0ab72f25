using System;
using System.Threading.Tasks;
using CadreRules.Documents;
using CadreRules.Extensions.DependencyInjection;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using System.IO;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CadreRules.Server.Http;

/// <summary>The one path every document endpoint takes: the language, the province's catalogue (404 before the body is
/// read), the body within the limit, the roster part, then the family's work; any error of the input becomes a problem.</summary>
internal static class DocumentEndpoint
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Runs <paramref name="work"/> on the request's documents and writes its JSON.</summary>
    public static async Task RunAsync(HttpContext context, ProvinceCatalogs catalogs, bool rosterAllowed, bool sheetsAllowed, Func<DocumentCall, ReadOnlyMemory<byte>> work)
    {
        Language language = ApiLanguage.Of(context.Request);
        string? part = null;
        SpreadsheetSource? sheet = null;
        DocumentCall? call = null;
        ApiProblem? problem;
        try
        {
            string? province = ProvinceSelection.Key(context.Request);
            RegulationCatalog catalog = ProvinceSelection.Catalog(catalogs, province, language);
            ServerLimits limits = context.RequestServices.GetRequiredService<ServerLimits>();
            RequestDocuments documents = await RequestDocuments.ReadAsync(context, limits, language, rosterAllowed, sheetsAllowed).ConfigureAwait(false);
            Roster? roster = null;
            if (documents.Roster is { } rosterPart)
            {
                part = RequestDocuments.RosterPart;
                Stream stream = RequestDocuments.Open(rosterPart.Bytes);
                if (rosterPart.Sheet is { } format)
                {
                    sheet = SpreadsheetSource.Open(stream, format, language);
                    stream = sheet;
                }

                using (stream)
                {
                    roster = CadreDocuments.ReadRoster(stream, limits.Documents);
                }

                part = null;
                sheet = null;
            }

            call = new DocumentCall(documents, roster, catalog, province, language, limits.Documents);
            ReadOnlyMemory<byte> body = work(call);
            await WriteJsonAsync(context, body).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            // A reader's error in a spreadsheet is restated at its sheet, row and column.
            Exception error = e is DocumentException document && (sheet ?? call?.Sheet) is { } source ? source.Locate(document) : e;
            problem = ProblemWriter.From(error, language, part);
            if (problem is null)
            {
                throw;
            }
        }

        await ProblemWriter.WriteAsync(context, problem).ConfigureAwait(false);
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

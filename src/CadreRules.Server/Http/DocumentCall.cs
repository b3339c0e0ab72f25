using System.IO;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Spreadsheets;

namespace CadreRules.Server.Http;

/// <summary>What a document endpoint works from: the request's documents, the roster read from its <c>roster</c> part
/// (or null), the catalogue of the province asked (or the base catalogue), the response's language and the limits.</summary>
internal sealed class DocumentCall(RequestDocuments documents, Roster? roster, RegulationCatalog catalog, string? province, Language language, DocumentLimits limits)
{
    public RequestDocuments Documents { get; } = documents;

    public Roster? Roster { get; } = roster;

    public RegulationCatalog Catalog { get; } = catalog;

    public string? Province { get; } = province;

    public Language Language { get; } = language;

    public DocumentLimits Limits { get; } = limits;

    /// <summary>Gets the spreadsheet last opened as the document, to restate the readers' errors at its sheet, row and
    /// column; null for a JSON document.</summary>
    public SpreadsheetSource? Sheet { get; private set; }

    /// <summary>A read-only stream of the document's JSON: its bytes, or the JSON a workbook's or CSV file's rows make.</summary>
    public Stream OpenDocument()
    {
        Stream bytes = RequestDocuments.Open(Documents.Document.Bytes);
        if (Documents.Document.Sheet is not { } format)
        {
            return bytes;
        }

        Sheet = SpreadsheetSource.Open(bytes, format, Language);
        return Sheet;
    }
}

using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Server.Http;

/// <summary>What a document endpoint works from: the request's documents, the roster read from its <c>roster</c> part
/// (or null), the catalogue of the province asked (or the base catalogue), the response's language and the limits.</summary>
internal sealed record DocumentCall(RequestDocuments Documents, Roster? Roster, RegulationCatalog Catalog, string? Province, Language Language, DocumentLimits Limits);

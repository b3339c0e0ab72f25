namespace CadreRules.Server.Http;

/// <summary>What the OpenAPI document says of an endpoint that the handler's signature cannot tell: the schema of the
/// document it reads (docs/schemas) and of the JSON it writes, whether it takes a roster part, and whether it reads a
/// body at all.</summary>
/// <param name="Input">The input schema's file under docs/schemas, or null for an endpoint without a body.</param>
/// <param name="Output">The output schema's file under docs/schemas.</param>
/// <param name="Roster">Whether a multipart request may carry a <c>roster</c> part.</param>
/// <param name="Sheets">Whether the document may be a workbook or a CSV file (the kinds with a sheet layout).</param>
internal sealed record DocumentOperation(string? Input, string Output, bool Roster, bool Sheets);

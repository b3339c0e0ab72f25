namespace CadreRules.Server.Http;

/// <summary>One error of a problem's <c>errors</c> extension: where (the JSON path, and the part of a multipart request
/// when not the document), the stable code and the sentence in the response's language.</summary>
/// <param name="Path">The JSON path (<c>$.people[3].tasks</c>), or the name of a query parameter or header.</param>
/// <param name="Code">The stable code (<c>Document.MissingField</c>, …).</param>
/// <param name="Detail">The sentence, in the response's language.</param>
/// <param name="Part">The part of a multipart request (<c>roster</c>), or null for the document.</param>
internal sealed record ProblemError(string Path, string Code, string Detail, string? Part = null);

namespace CadreRules.Server.Http;

/// <summary>The <c>type</c> URIs of the API's problems (RFC 9457 §3.1.1): stable, one per kind of failure; the codes
/// of the individual errors are in the <c>errors</c> extension.</summary>
internal static class ProblemTypes
{
    public const string Syntax = "urn:cadre-rules:problem:syntax";
    public const string Document = "urn:cadre-rules:problem:document";
    public const string TooLarge = "urn:cadre-rules:problem:too-large";
    public const string MediaType = "urn:cadre-rules:problem:media-type";
    public const string Province = "urn:cadre-rules:problem:unknown-province";
    public const string Parameter = "urn:cadre-rules:problem:parameter";
    public const string Internal = "urn:cadre-rules:problem:internal";
}

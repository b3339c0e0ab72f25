using System.Collections.Generic;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>Rotation or appointment answers (docs/schemas/cli/rotation.schema.json, appointment.schema.json), as
/// <c>cadre-rules rotation|appointment --format json</c> without <c>--explain</c>.</summary>
internal static class RequestsJson
{
    public static System.ReadOnlyMemory<byte> Write(IReadOnlyList<RequestResult> results, Language language) => ResultJson.Write(json =>
    {
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        json.WriteStartArray("requests");
        foreach (RequestResult r in results)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Cadre.Id.Value);
            json.WriteString("regulation", r.Regulation.Id.Value);
            json.WriteBoolean("eligible", r.Eligible);
            json.WriteNumber("monthsLeft", r.MonthsLeft);
            json.WriteStartArray("reasons");
            foreach (Finding reason in r.Reasons)
            {
                ResultJson.WriteFinding(json, reason, render);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}

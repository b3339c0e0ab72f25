using System.Collections.Generic;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>Periodic position-change answers (docs/schemas/cli/position-change.schema.json), as
/// <c>cadre-rules position-change --format json</c> without <c>--explain</c>.</summary>
internal static class PositionChangeJson
{
    public static System.ReadOnlyMemory<byte> Write(IReadOnlyList<(PositionChangeCase Case, PositionChangeRegulation Regulation, Verdict<PositionChangeAssessment> Verdict)> results, Language language) => ResultJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("incumbents");
        foreach ((PositionChangeCase question, PositionChangeRegulation regulation, Verdict<PositionChangeAssessment> verdict) in results)
        {
            PositionChangeAssessment a = verdict.Outcome;
            json.WriteStartObject();
            json.WriteString("id", question.Cadre.Id.Value);
            if (question.Cadre.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("post", question.Post.Title);
            json.WriteString("sector", question.Sector);
            json.WriteString("asOf", ResultJson.Date(question.AsOf));
            json.WriteString("regulation", regulation.Id.Value);
            json.WriteString("status", ResultJson.Camel(a.Status.ToString()));
            json.WriteNumber("periodMonths", a.PeriodMonths);
            json.WriteNumber("monthsInPost", a.MonthsInPost);
            json.WriteString("dueOn", ResultJson.Date(a.DueOn));
            if (a.DeferredUntil is { } until)
            {
                json.WriteString("deferredUntil", ResultJson.Date(until));
            }

            json.WriteNumber("monthsToRetirement", a.MonthsToRetirement);
            json.WriteString("exemptFrom", ResultJson.Date(a.ExemptFrom));
            json.WriteStartArray("reasons");
            foreach (Finding reason in PositionChangeRegulation.DecidingFindings(verdict.Explanation))
            {
                ResultJson.WriteFinding(json, reason, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}

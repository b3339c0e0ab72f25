using System.Collections.Generic;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>The impact of a rule change on an evaluation round (docs/schemas/cli/diff.schema.json), as
/// <c>cadre-rules diff SHEET --overrides VARIANT --format json</c>: labels in English, as the CLI writes them.</summary>
internal static class ImpactJson
{
    public static System.ReadOnlyMemory<byte> Write(EvaluationRoundResult before, EvaluationRoundResult after, RuleChangeImpact<EvaluationOutcome> impact) => ResultJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("total", impact.Total);
        json.WriteStartArray("changed");
        foreach (ImpactChange<EvaluationOutcome> c in impact.Changes.Where(c => c.OutcomeChanged))
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id.Value);
            json.WriteString("unit", c.Group);
            json.WriteString("before", Label(c.Before));
            json.WriteString("beforeRegulation", c.BeforeRegulation.Value);
            json.WriteString("after", Label(c.After));
            json.WriteString("afterRegulation", c.AfterRegulation.Value);
            json.WriteStartArray("removedCodes");
            foreach (RuleCode code in c.Removed)
            {
                json.WriteStringValue(code.Value);
            }

            json.WriteEndArray();
            json.WriteStartArray("addedCodes");
            foreach (RuleCode code in c.Added)
            {
                json.WriteStringValue(code.Value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("transitions");
        foreach (ImpactTransition<EvaluationOutcome> t in impact.Transitions)
        {
            json.WriteStartObject();
            json.WriteString("before", Label(t.Before));
            json.WriteString("after", Label(t.After));
            json.WriteNumber("count", t.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("units");
        foreach (ImpactGroup g in impact.Groups.Where(g => g.Changed > 0))
        {
            json.WriteStartObject();
            json.WriteString("unit", g.Group);
            json.WriteNumber("people", g.Subjects);
            json.WriteNumber("outcomesChanged", g.OutcomesChanged);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ruleCodes");
        foreach (ImpactRuleCode code in impact.RuleCodes.Where(c => c.Before != c.After))
        {
            json.WriteStartObject();
            json.WriteString("code", code.Code.Value);
            json.WriteNumber("before", code.Before);
            json.WriteNumber("after", code.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach ((string name, EvaluationRoundResult run) in new[] { ("countsBefore", before), ("countsAfter", after) })
        {
            json.WriteStartObject(name);
            foreach (KeyValuePair<string, int> count in Counts(run.CountsAfter))
            {
                json.WriteNumber(count.Key, count.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    /// <summary>HTXS, HTT, HTNV, KHT, "not rated", "undetermined" (the CLI's English labels).</summary>
    private static string Label(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.NotRated => "not rated",
        EvaluationOutcome.Undetermined => "undetermined",
        _ => EvaluationRound.Label(outcome),
    };

    /// <summary>The four levels always, not rated and undetermined when not zero.</summary>
    private static IEnumerable<KeyValuePair<string, int>> Counts(EvaluationOutcomeCounts counts) =>
        EvaluationOutcomeCounts.Outcomes
            .Where(o => o <= EvaluationOutcome.NotComplete || counts[o] > 0)
            .Select(o => new KeyValuePair<string, int>(Label(o), counts[o]));
}

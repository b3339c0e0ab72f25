using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "standards"</c>: facts are a title (<c>name</c>, <c>level</c>, <c>managedCentrally</c>), the date
/// <c>assessedOn</c> and one <c>subject</c> (the cadre in full or <c>cadreRef</c> into the case's roster, with
/// <c>planningGroup</c> and <c>trainingPlan</c>), judged by <c>regulation</c> or the title standards in force on the date.
/// Expected: <c>outcome</c> (meets, pendingWithPlan, fails, undetermined) and/or <c>notMet</c>, the codes of the
/// requirements not met, in any order.
/// </summary>
internal sealed class StandardsCaseKind : ICaseKind
{
    public string Name => "standards";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not TitleStandardsRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        TitleStandardsCase standardsCase = TitleStandardsMapper.ToCase(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.StandardsCaseFactsJson, "$.facts"), "$.facts", input.Roster);
        StandardsExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.StandardsExpectedJson, "$.expected");
        if (expected.Outcome is null && expected.NotMet is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "outcome, notMet");
        }

        TitleStandardsRegulation regulation = CaseRegulation.Resolve<TitleStandardsRegulation>(input, RegulationTopic.TitleStandards, SubjectKind.Cadre, standardsCase.AssessedOn);
        Verdict<StandardsOutcome> verdict = regulation.Explain(standardsCase);
        var failures = new List<string>();
        if (expected.Outcome is { } outcome && outcome != verdict.Outcome)
        {
            failures.Add($"outcome: expected {Camel(outcome)}, actual {Camel(verdict.Outcome)}");
        }

        if (expected.NotMet is { } codes)
        {
            string[] want = [.. codes.Order(System.StringComparer.Ordinal)];
            string[] got = [.. NotMet(verdict.Explanation).Order(System.StringComparer.Ordinal)];
            if (!want.SequenceEqual(got))
            {
                failures.Add($"requirements not met: expected [{string.Join(", ", want)}], actual [{string.Join(", ", got)}]");
            }
        }

        return new CaseOutcome(verdict.Explanation, failures);
    }

    /// <summary>The codes of the requirements not met (the title's own finding excluded).</summary>
    internal static IEnumerable<string> NotMet(Finding title) =>
        title.Children.Where(c => c.Status == FindingStatus.NotSatisfied).Select(c => c.Code.Value);

    private static string Camel(StandardsOutcome outcome) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
}

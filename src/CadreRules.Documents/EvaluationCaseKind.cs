using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "evaluation"</c>: facts are an evaluation document (year, subjectKind, evaluatedOn, people; schemaVersion
/// optional); each person is classified under <c>regulation</c> (or the one in force on the evaluation date), then the
/// regulation's unit quota of HTXS is applied. Expected: any of <c>outcomes</c> (after the quota), <c>qualified</c>
/// (before it), <c>counts</c>, keyed by person id or outcome name.
/// </summary>
internal sealed class EvaluationCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.Evaluation");

    public string Name => "evaluation";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not EvaluationRegulation)
        {
            throw new DocumentException("$.regulation", $"'{chosen.Id}' is a {chosen.Topic} regulation; an evaluation case needs an evaluation one or \"in force on DATE\".", null);
        }

        EvaluationSheet sheet = EvaluationSheetMapper.ToSheet(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.EvaluationSheetJson, "$.facts"), "$.facts");
        EvaluationExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.EvaluationExpectedJson, "$.expected");
        if (expected.Outcomes is null && expected.Qualified is null && expected.Counts is null)
        {
            throw new DocumentException("$.expected", "an evaluation case expects at least one of outcomes, qualified, counts.", null);
        }

        var regulations = new EvaluationRegulation[sheet.Entries.Length];
        var decisions = new EvaluationDecision[sheet.Entries.Length];
        var children = ImmutableArray.CreateBuilder<Finding>();
        for (int i = 0; i < sheet.Entries.Length; i++)
        {
            EvaluationEntry entry = sheet.Entries[i];
            string path = Require.Item("$.facts.people", i);
            regulations[i] = CaseRegulation.Resolve<EvaluationRegulation>(input, RegulationTopic.Evaluation, entry.SubjectKind, entry.Input.EvaluatedOn);
            EvaluationRegulation regulation = regulations[i];
            Verdict<EvaluationDecision> verdict = Require.Build(path + ".evaluatedOn", () => regulation.Explain(entry.Input));
            decisions[i] = verdict.Outcome;
            children.Add(verdict.Explanation);
        }

        var finals = new string[sheet.Entries.Length];
        for (int i = 0; i < finals.Length; i++)
        {
            finals[i] = OutcomeName(decisions[i]);
        }

        foreach (IGrouping<EvaluationRegulation, int> group in Enumerable.Range(0, finals.Length).GroupBy(i => regulations[i]))
        {
            int[] rated = [.. group.Where(i => decisions[i].HasLevel)];
            if (group.Key.Quota is null || rated.Length == 0)
            {
                continue;
            }

            QuotaAllocation allocation = group.Key.AllocateQuota([.. rated.Select(i => sheet.Entries[i].ToQuotaCandidate(decisions[i].Level))]);
            children.Add(allocation.Explain());
            foreach (int i in rated)
            {
                finals[i] = Camel(allocation.FinalLevelOf(sheet.Entries[i].Id).ToString());
            }
        }

        var failures = new List<string>();
        var index = sheet.Entries.Select((e, i) => (e.Id.Value, i)).ToDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        Compare(expected.Outcomes, "outcomes", index, i => finals[i], failures, "after the quota");
        Compare(expected.Qualified, "qualified", index, i => OutcomeName(decisions[i]), failures, "before the quota");
        foreach (KeyValuePair<string, int> count in expected.Counts ?? [])
        {
            int actual = finals.Count(f => f == count.Key);
            if (actual != count.Value)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"count of {count.Key}: expected {count.Value}, actual {actual}"));
            }
        }

        var root = new Finding(RootCode, new LocalizedText("Các kết quả xếp loại của tình huống", "The case's classification results"), null, FindingStatus.Satisfied, Severity.Advisory, [], children.ToImmutable());
        return new CaseOutcome(root, failures);
    }

    private static void Compare(Dictionary<string, string>? expected, string field, Dictionary<string, int> index, Func<int, string> actual, List<string> failures, string when)
    {
        foreach (KeyValuePair<string, string> pair in expected ?? [])
        {
            if (!index.TryGetValue(pair.Key, out int i))
            {
                throw new DocumentException(Require.Key("$.expected." + field, pair.Key), $"no person '{pair.Key}' in the facts.", null);
            }

            if (actual(i) != pair.Value)
            {
                failures.Add($"{pair.Key} {when}: expected {pair.Value}, actual {actual(i)}");
            }
        }
    }

    private static string OutcomeName(EvaluationDecision decision) => decision.Kind switch
    {
        OutcomeKind.Level => Camel(decision.Level.ToString()),
        OutcomeKind.NotRated => "notRated",
        _ => "undetermined",
    };

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}

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
    private const string PeoplePath = "$.facts.people";

    private static readonly RuleCode RootCode = new("Case.Evaluation");

    public string Name => "evaluation";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not EvaluationRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        EvaluationSheet sheet = EvaluationSheetMapper.ToSheet(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.EvaluationSheetJson, "$.facts"), "$.facts");
        EvaluationExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.EvaluationExpectedJson, "$.expected");
        if (expected.Outcomes is null && expected.Qualified is null && expected.Counts is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "outcomes, qualified, counts");
        }

        // The library's round: each person under the selected regulation, then each regulation's unit quota.
        EvaluationRoundResult result = Run(new EvaluationRound(input.Catalog, input.Selector), sheet, PeoplePath);
        var children = ImmutableArray.CreateBuilder<Finding>(result.People.Length + result.Allocations.Length);
        foreach (EvaluationRoundPerson person in result.People)
        {
            children.Add(person.Explain(sheet.Entries[person.Index].Input).Explanation);
        }

        foreach (QuotaAllocation allocation in result.Allocations)
        {
            children.Add(allocation.Explain());
        }

        string[] finals = [.. result.People.Select(p => OutcomeName(p.Final))];
        var failures = new List<string>();
        var index = sheet.Entries.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i);
        Compare(expected.Outcomes, "outcomes", index, i => finals[i], failures, "after the quota");
        Compare(expected.Qualified, "qualified", index, i => OutcomeName(result.People[i].Qualified), failures, "before the quota");
        foreach (KeyValuePair<string, int> count in expected.Counts ?? [])
        {
            string wanted = ExpectedOutcome(count.Key, Require.Key("$.expected.counts", count.Key));
            int actual = finals.Count(f => f == wanted);
            if (actual != count.Value)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"count of {wanted}: expected {count.Value}, actual {actual}"));
            }
        }

        var root = new Finding(RootCode, new LocalizedText("Các kết quả xếp loại của tình huống", "The case's classification results"), null, FindingStatus.Satisfied, Severity.Advisory, [], children.ToImmutable());
        return new CaseOutcome(root, failures);
    }

    private static void Compare(Dictionary<string, string>? expected, string field, Dictionary<CadreId, int> index, Func<int, string> actual, List<string> failures, string when)
    {
        // Ids are compared as everywhere else: trimmed, ignoring case (docs/documents.md, "Identifiers").
        var seen = new Dictionary<CadreId, string>();
        foreach (KeyValuePair<string, string> pair in expected ?? [])
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw Require.Missing(Require.Key("$.expected." + field, pair.Key));
            }

            var id = new CadreId(pair.Key);
            if (!seen.TryAdd(id, Require.Key("$.expected." + field, pair.Key)))
            {
                throw Require.Duplicate(Require.Key("$.expected." + field, pair.Key), id, seen[id]);
            }

            if (!index.TryGetValue(id, out int i))
            {
                throw Require.Unknown(Require.Key("$.expected." + field, pair.Key), pair.Key, "person", $"no person '{pair.Key}' in the facts.");
            }

            string wanted = ExpectedOutcome(pair.Value, Require.Key("$.expected." + field, pair.Key));
            if (actual(i) != wanted)
            {
                failures.Add($"{pair.Key} {when}: expected {wanted}, actual {actual(i)}");
            }
        }
    }

    /// <summary>Runs the round; the people it cannot classify are reported at their JSON paths under
    /// <paramref name="peoplePath"/> (a field the round does not name, such as a regulation selected by date that is not
    /// found, at <c>$.regulation</c>).</summary>
    internal static EvaluationRoundResult Run(EvaluationRound round, EvaluationSheet sheet, string peoplePath)
    {
        try
        {
            return round.Run(sheet);
        }
        catch (EvaluationRoundException e)
        {
            throw RoundErrors.ToDocumentException(e, peoplePath, "$.regulation");
        }
    }

    private static string OutcomeName(EvaluationOutcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    /// <summary>An expected outcome as the analyst wrote it (<c>good</c>, <c>HTT</c>, <c>Hoàn thành tốt nhiệm vụ</c>,
    /// <c>notRated</c>…), as its canonical name.</summary>
    private static string ExpectedOutcome(string text, string path) =>
        InputValues.TryParseChoice(text, out EvaluationOutcome outcome)
            ? OutcomeName(outcome)
            : throw DocumentException.NotUnderstood(path, InputForms.Choice, text, Enum.GetValues<EvaluationOutcome>().Select(OutcomeName).Append("HTXS, HTT, HTNV, KHT"));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "planning"</c>: facts are a planning list (schemaVersion optional; candidates with their facts), checked by
/// <c>regulation</c> or the planning regulation in force on the list's date. Expected: any of <c>violations</c>,
/// <c>eligible</c> (per candidate id), <c>womenShare</c> (per level or level/group, Vietnamese text such as <c>41,5%</c>).
/// </summary>
internal sealed class PlanningCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.Planning");

    public string Name => "planning";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not PlanningRegulation)
        {
            throw new DocumentException("$.regulation", $"'{chosen.Id}' is a {chosen.Topic} regulation; a planning case needs a planning one or \"in force on DATE\".", null);
        }

        PlanningList list = PlanningListMapper.ToList(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.PlanningListJson, "$.facts"), input.Roster, "$.facts");
        PlanningExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.PlanningExpectedJson, "$.expected");
        if (expected.Violations is null && expected.Eligible is null && expected.WomenShare is null)
        {
            throw new DocumentException("$.expected", "a planning case expects at least one of violations, eligible, womenShare.", null);
        }

        PlanningRegulation regulation = CaseRegulation.Resolve<PlanningRegulation>(input, RegulationTopic.Planning, SubjectKind.Cadre, list.Date);
        PlanningReport report = regulation.Validate(list);
        var failures = new List<string>();
        if (expected.Violations is { } violations && violations != report.ViolationCount)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"violations: expected {violations}, actual {report.ViolationCount}"));
        }

        var seen = new HashSet<CadreId>();
        foreach (KeyValuePair<string, bool> pair in expected.Eligible ?? [])
        {
            // Ids are compared as everywhere else: trimmed, ignoring case (docs/documents.md, "Identifiers").
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw new DocumentException(Require.Key("$.expected.eligible", pair.Key), "a cadre id cannot be blank.", null);
            }

            var id = new CadreId(pair.Key);
            if (!seen.Add(id))
            {
                throw new DocumentException(Require.Key("$.expected.eligible", pair.Key), $"the candidate '{id}' is given twice (ids are compared trimmed and ignoring case).", null);
            }

            CandidatePlanningReport? candidate = report.Candidates.FirstOrDefault(c => c.CadreId == id)
                ?? throw new DocumentException(Require.Key("$.expected.eligible", pair.Key), $"no candidate '{pair.Key}' in the list.", null);
            if (candidate.IsEligible != pair.Value)
            {
                failures.Add($"{pair.Key} eligible: expected {pair.Value}, actual {candidate.IsEligible}");
            }
        }

        foreach (KeyValuePair<string, string> pair in expected.WomenShare ?? [])
        {
            StructureReport? group = report.Structure.FirstOrDefault(s => GroupKey(s) == pair.Key)
                ?? throw new DocumentException(Require.Key("$.expected.womenShare", pair.Key), $"no structure group '{pair.Key}'. Groups: {string.Join(", ", report.Structure.Select(GroupKey))}.", null);
            string actual = group.Composition.Women.Format(Language.Vietnamese);
            if (actual != pair.Value)
            {
                failures.Add($"women share of {pair.Key}: expected {pair.Value}, actual {actual}");
            }
        }

        var root = new Finding(RootCode, new LocalizedText("Các phát hiện của báo cáo quy hoạch", "The planning report's findings"), null, report.HasViolations ? FindingStatus.NotSatisfied : FindingStatus.Satisfied, Severity.Advisory, [], [.. report.Findings]);
        return new CaseOutcome(root, failures);
    }

    private static string GroupKey(StructureReport s) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.Level.ToString()) + (s.Group.Length == 0 ? string.Empty : "/" + s.Group);
}

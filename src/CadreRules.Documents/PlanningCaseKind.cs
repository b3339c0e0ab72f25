using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "planning"</c>: facts are a planning list (schemaVersion optional; candidates with their facts), checked by
/// <c>regulation</c> or the planning regulation in force on the list's date. Expected: any of <c>violations</c>,
/// <c>eligible</c> (per candidate id), <c>womenShare</c>, <c>youngShare</c>, <c>ethnicMinorityShare</c> (per level or
/// level/group, Vietnamese text such as <c>41,5%</c>), <c>titleStatus</c> (per title id).
/// </summary>
internal sealed class PlanningCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.Planning");

    public string Name => "planning";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not PlanningRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        PlanningList list = PlanningListMapper.ToList(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.PlanningListJson, "$.facts"), input.Roster, "$.facts");
        PlanningExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.PlanningExpectedJson, "$.expected");
        if (expected.Violations is null && expected.Eligible is null && expected.WomenShare is null && expected.YoungShare is null
            && expected.EthnicMinorityShare is null && expected.TitleStatus is null && expected.AdvisedMinimum is null && expected.EligibleCount is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "violations, eligible, womenShare, youngShare, ethnicMinorityShare, titleStatus, advisedMinimum, eligibleCount");
        }

        PlanningRegulation regulation = CaseRegulation.Resolve<PlanningRegulation>(input, RegulationTopic.Planning, SubjectKind.Cadre, list.Date);
        PlanningReport report = regulation.Validate(list, TitleStandardsRegulation.InForce(input.Catalog, list.Date));
        var failures = new List<string>();
        if (expected.Violations is { } violations && violations != report.ViolationCount)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"violations: expected {violations}, actual {report.ViolationCount}"));
        }

        var seen = new Dictionary<CadreId, string>();
        foreach (KeyValuePair<string, bool> pair in expected.Eligible ?? [])
        {
            // Ids are compared as everywhere else: trimmed, ignoring case (docs/documents.md, "Identifiers").
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw Require.Missing(Require.Key("$.expected.eligible", pair.Key));
            }

            var id = new CadreId(pair.Key);
            if (!seen.TryAdd(id, Require.Key("$.expected.eligible", pair.Key)))
            {
                throw Require.Duplicate(Require.Key("$.expected.eligible", pair.Key), id, seen[id]);
            }

            CandidatePlanningReport? candidate = report.Candidates.FirstOrDefault(c => c.CadreId == id)
                ?? throw Require.Unknown(Require.Key("$.expected.eligible", pair.Key), pair.Key, "candidate", $"no candidate '{pair.Key}' in the list.");
            if (candidate.IsEligible != pair.Value)
            {
                failures.Add($"{pair.Key} eligible: expected {pair.Value}, actual {candidate.IsEligible}");
            }
        }

        CompareShares(failures, report, expected.WomenShare, "$.expected.womenShare", "women", c => c.Women);
        CompareShares(failures, report, expected.YoungShare, "$.expected.youngShare", "young", c => c.Young);
        CompareShares(failures, report, expected.EthnicMinorityShare, "$.expected.ethnicMinorityShare", "ethnic minority", c => c.EthnicMinority);
        foreach ((string titleId, PlanningTitleStatus status) in expected.TitleStatus ?? [])
        {
            PlanningTitleStatus actual = PlanningImpact.Status(Title(report, "$.expected.titleStatus", titleId));
            if (actual != status)
            {
                failures.Add($"status of {titleId}: expected {Camel(status.ToString())}, actual {Camel(actual.ToString())}");
            }
        }

        CompareCounts(failures, report, expected.AdvisedMinimum, "$.expected.advisedMinimum", "advised minimum", t => t.AdvisedMinimum);
        CompareCounts(failures, report, expected.EligibleCount, "$.expected.eligibleCount", "eligible candidates", t => t.EligibleCount);

        var root = new Finding(RootCode, new LocalizedText("Các phát hiện của báo cáo quy hoạch", "The planning report's findings"), null, report.HasViolations ? FindingStatus.NotSatisfied : FindingStatus.Satisfied, Severity.Advisory, [], [.. report.Findings]);
        return new CaseOutcome(root, failures);
    }

    private static TitlePlanningReport Title(PlanningReport report, string path, string titleId) =>
        report.Titles.FirstOrDefault(t => t.Title.Id == titleId)
            ?? throw Require.Unknown(Require.Key(path, titleId), titleId, "title", $"unknown title '{titleId}'. Titles: {string.Join(", ", report.Titles.Select(t => t.Title.Id))}.", report.Titles.Select(t => t.Title.Id));

    private static void CompareCounts(List<string> failures, PlanningReport report, Dictionary<string, int>? expected, string path, string what, Func<TitlePlanningReport, int> measure)
    {
        foreach ((string titleId, int wanted) in expected ?? [])
        {
            int actual = measure(Title(report, path, titleId));
            if (actual != wanted)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} of {titleId}: expected {wanted}, actual {actual}"));
            }
        }
    }

    private static void CompareShares(List<string> failures, PlanningReport report, Dictionary<string, string>? expected, string path, string what, Func<Composition.BodyComposition, Composition.CompositionShare> measure)
    {
        foreach (KeyValuePair<string, string> pair in expected ?? [])
        {
            StructureReport? group = report.Structure.FirstOrDefault(s => GroupKey(s) == pair.Key)
                ?? throw Require.Unknown(Require.Key(path, pair.Key), pair.Key, "group", $"no structure group '{pair.Key}'. Groups: {string.Join(", ", report.Structure.Select(GroupKey))}.", report.Structure.Select(GroupKey));

            // The expected share in any form a person writes ("41,5%", "41.5%", "0.415", "17/41"), compared at the
            // precision printed: one decimal of a percentage.
            string at = Require.Key(path, pair.Key);
            string wanted = InputValues.TryParseShare(pair.Value, out Share share)
                ? share.FormatPercent(Language.Vietnamese)
                : throw DocumentException.NotUnderstood(at, InputForms.Share, pair.Value);
            string actual = measure(group.Composition).Format(Language.Vietnamese);
            if (actual != wanted)
            {
                failures.Add($"{what} share of {pair.Key}: expected {pair.Value}, actual {actual}");
            }
        }
    }

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string GroupKey(StructureReport s) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.Level.ToString()) + (s.Group.Length == 0 ? string.Empty : "/" + s.Group);
}

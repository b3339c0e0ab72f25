using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Planning;

public class PlanningPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Validate_AddingToATitleAtItsMaximum_AlwaysYieldsAViolation() =>
        Prop.ForAll(Arbitraries.PlanningCases(), Gen.Choose(0, 3).ToArbitrary(), (c, pick) =>
        {
            PlanningTitle title = c.List.Titles[pick % c.List.Titles.Length];
            int max = c.Regulation.MaximumCandidates(title);
            PlanningList list = c.List;
            int listed = list.Entries.Count(e => e.TitleId == title.Id);
            for (int i = 0; listed + i <= max; i++)
            {
                PlanningCandidate fresh = PlanningFixtures.Man($"new{i:000}", 1985);
                list = list.WithCandidate(fresh, [new PlanningEntry(fresh.Id, title.Id)]);
            }

            TitlePlanningReport report = c.Regulation.Validate(list).Title(title.Id);
            RuleCode expected = c.Regulation.Code(title.Kind == PlanningTitleKind.Leadership ? "MaxCandidatesPerTitle" : "CommitteeCoefficient");
            return report.Findings.Any(f => f.Code == expected && f.Severity == Severity.Violation);
        });

    [Property(MaxTest = 200)]
    public Property Validate_RemovingAnIneligibleCandidate_NeverAddsAViolation() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c =>
        {
            PlanningReport before = c.Regulation.Validate(c.List);
            HashSet<string> keys = ViolationKeys(before);
            return before.Candidates.Where(r => !r.IsEligible).All(r =>
                ViolationKeys(c.Regulation.Validate(c.List.WithoutCandidate(r.CadreId))).IsSubsetOf(keys));
        });

    [Property(MaxTest = 200)]
    public Property Validate_OrderOfTitlesCandidatesAndEntries_DoesNotMatter() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c =>
        {
            var random = new Random(c.Seed);
            PlanningList shuffled = c.List.With(
                c.List.Titles.OrderBy(_ => random.Next()).ToArray(),
                c.List.Candidates.OrderBy(_ => random.Next()).ToArray(),
                c.List.Entries.OrderBy(_ => random.Next()).ToArray());
            return c.Regulation.Validate(c.List).ToText(Language.Vietnamese) == c.Regulation.Validate(shuffled).ToText(Language.Vietnamese)
                && c.Regulation.Validate(c.List).ToText(Language.English) == c.Regulation.Validate(shuffled).ToText(Language.English);
        });

    [Property(MaxTest = 200)]
    public Property CountViolations_FastPath_AgreesWithValidate() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c => c.Regulation.CountViolations(c.List) == c.Regulation.Validate(c.List).ViolationCount);

    [Property(MaxTest = 200)]
    public Property Validate_StructureShares_AreExactCountsOverTotals() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c => c.Regulation.Validate(c.List).Structure.All(s =>
        {
            CadreId[] members = [.. c.List.Titles.Where(t => t.Level == s.Level && t.Group == s.Group)
                .SelectMany(t => c.List.Entries.Where(e => e.TitleId == t.Id)).Select(e => e.CadreId).Distinct()];
            int women = members.Count(id => c.List.Candidate(id).Cadre.Sex == Sex.Female);
            return s.Composition.Total == members.Length
                && s.Composition.Women.Count == women
                && (members.Length == 0 ? s.Composition.Women.Share is null : s.Composition.Women.Share == Share.Of(women, members.Length));
        }));

    private static HashSet<string> ViolationKeys(PlanningReport report) =>
    [
        .. report.Findings.Where(f => f.Severity == Severity.Violation).Select(f =>
            f.Code.Value + "|" + string.Join("|", f.Values.Where(v => v.Name is "title" or "cadre" or "level").Select(v => v.Name + "=" + v.Value))),
    ];
}

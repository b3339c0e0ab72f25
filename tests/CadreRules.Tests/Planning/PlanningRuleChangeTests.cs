using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

/// <summary>A province's variant that adds, replaces and removes planning rules, in C# and as data.</summary>
public class PlanningRuleChangeTests
{
    private static readonly LegalDocument Province = new("QĐ 07-QĐ/TU (thử)", "Tỉnh ủy thử nghiệm", new LocalDate(2025, 11, 1));
    private static readonly RuleCode TwoGoodYears = new("TEST.Planning.TwoGoodYears");

    /// <summary>"HTT or better in each of the two years before the list's": the example, as data.</summary>
    private static readonly FactCondition TwoGoodYearsData = FactCondition.All(
        FactCondition.Compare("evaluation[year-1].level", FactComparison.AtLeast, "HTT"),
        FactCondition.Compare("evaluation[year-2].level", FactComparison.AtLeast, "HTT"));

    private static RuleDescriptor TwoGoodYearsDescriptor(Severity severity = Severity.Violation) => new(
        TwoGoodYears, new LocalizedText("Hoàn thành tốt nhiệm vụ trở lên trong hai năm liền trước", "Rated HTT or better in each of the two previous years"), Province.Article(3), severity);

    /// <summary>The same requirement in C#.</summary>
    private static Rule<PlanningCandidateFacts> TwoGoodYearsCode(Severity severity = Severity.Violation) => Rule.Create<PlanningCandidateFacts>(
        TwoGoodYearsDescriptor(severity),
        f => f.LowestLevelIn(f.AsOf.Year - 1) <= EvaluationLevel.Good && f.LowestLevelIn(f.AsOf.Year - 2) <= EvaluationLevel.Good);

    private static PlanningRegulation Derive(params RuleChange[] changes) => Derive(PlanningRegulations.Qd377, changes);

    private static PlanningRegulation Derive(PlanningRegulation shipped, params RuleChange[] changes)
    {
        var variant = new LocalVariant(shipped.Id.Value + "-province", shipped.Id, new LocalizedText("Biến thể thử", "Test variant"), Province.Article(2),
            shipped.Period, new Dictionary<string, ParameterValue>()) { RuleChanges = [.. changes] };
        return (PlanningRegulation)shipped.WithVariant(variant);
    }

    private static PlanningCandidate WithLevels(string id, EvaluationLevel? in2025, EvaluationLevel? in2024) => Man(id, 1980, evaluations:
    [
        .. in2025 is { } a ? [new EvaluationRecord(2025, EvaluationTrack.Party, a)] : Array.Empty<EvaluationRecord>(),
        .. in2024 is { } b ? [new EvaluationRecord(2024, EvaluationTrack.Party, b)] : Array.Empty<EvaluationRecord>(),
    ]);

    private static PlanningList ThreeOnOneTitle() => List(
        [Title("T")],
        [WithLevels("a", EvaluationLevel.Good, EvaluationLevel.Excellent), WithLevels("b", EvaluationLevel.Good, EvaluationLevel.Complete), WithLevels("c", EvaluationLevel.Good, null)],
        [new("a", "T"), new("b", "T"), new("c", "T")]);

    [Fact]
    public void AddedDataRequirement_MakesTheCandidatesWhoFailItIneligible_CitedToTheProvince()
    {
        PlanningRegulation local = Derive(RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(), TwoGoodYearsData));

        PlanningReport report = local.Validate(ThreeOnOneTitle());

        Assert.Equal(3, PlanningRegulations.Qd377.Validate(ThreeOnOneTitle()).Title("T").EligibleCount);
        Assert.Equal(1, report.Title("T").EligibleCount); // b was HTNV in 2024; c has no 2024 record
        Finding b = Assert.Single(report.Candidate("b").Findings, f => f.Code == TwoGoodYears);
        Assert.Equal(FindingStatus.NotSatisfied, b.Status);
        Assert.Equal(Province, b.Citation!.Document);
        Assert.Contains(b.Values, v => v.Name == "evaluation[year-2].level" && v.Format(Language.English) == "HTNV");
        Finding c = Assert.Single(report.Candidate("c").Findings, f => f.Code == TwoGoodYears);
        Assert.Contains(c.Values, v => v.Name == "evaluation[year-2].level" && v.Format(Language.English) == "no record");
        Assert.DoesNotContain(report.Candidate("a").Findings, f => f.Code == TwoGoodYears);
        Assert.Contains(local.Rules, r => r.Code == TwoGoodYears && r.Citation!.Document == Province);
        Assert.Equal(PlanningRegulations.Qd377.Validate(ThreeOnOneTitle()).ViolationCount + 2, report.ViolationCount); // b and c
    }

    [Fact]
    public void AddedAdvisoryRequirement_IsReported_AndChangesNoEligibility()
    {
        PlanningRegulation local = Derive(RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(Severity.Advisory), TwoGoodYearsData));

        PlanningReport report = local.Validate(ThreeOnOneTitle());

        Assert.Equal(3, report.Title("T").EligibleCount);
        Assert.Contains(report.Candidate("b").Findings, f => f.Code == TwoGoodYears && f.Severity == Severity.Advisory);
    }

    [Fact]
    public void Review_CandidateNoLongerMeetingTheAddedRequirement_Leaves()
    {
        PlanningRegulation local = Derive(RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsCode()));
        PlanningList plan = List([Title("T")], [WithLevels("a", EvaluationLevel.Good, EvaluationLevel.Good)], [new("a", "T")]);

        PlanningReview review = local.Review(plan, new LocalDate(2027, 3, 1), [WithLevels("a", EvaluationLevel.Complete, EvaluationLevel.Good)]);

        Assert.Contains(Assert.Single(review.Removed).Reasons, f => f.Code == TwoGoodYears);
        Assert.Empty(PlanningRegulations.Qd377.Review(plan, new LocalDate(2027, 3, 1), [WithLevels("a", EvaluationLevel.Complete, EvaluationLevel.Good)]).Removed);
    }

    [Fact]
    public void RemovedRule_IsNotChecked_NorListed_AndTheVariantSaysSo()
    {
        RuleCode notComplete = PlanningRegulations.Qd377.Code("NotCompleteLatestYear");
        PlanningList list = List([Title("T")], [Man("k", 1980, evaluations: [new EvaluationRecord(2025, EvaluationTrack.Party, EvaluationLevel.NotComplete)])], [new("k", "T")]);
        PlanningRegulation local = Derive(RuleChange.Remove(notComplete));

        Assert.Equal(0, PlanningRegulations.Qd377.Validate(list).Title("T").EligibleCount);
        Assert.Equal(1, local.Validate(list).Title("T").EligibleCount);
        Assert.DoesNotContain(local.Rules, r => r.Code == notComplete);
        Assert.Equal(PlanningRegulations.Qd377.Rules.Count() - 1, local.Rules.Count());
        Assert.Equal(RuleChangeKind.Remove, Assert.Single(local.RuleChanges).Kind);
    }

    [Fact]
    public void ReplacedRule_KeepsItsCode_ReadsTheNewCondition_AndCitesTheProvince()
    {
        RuleCode notComplete = PlanningRegulations.Qd377.Code("NotCompleteLatestYear");
        PlanningRegulation local = Derive(RuleChange.Replace(notComplete, TwoGoodYearsData));

        PlanningReport report = local.Validate(ThreeOnOneTitle());

        Finding b = Assert.Single(report.Candidate("b").Findings, f => f.Code == notComplete);
        Assert.Equal(Province, b.Citation!.Document);
        // Given without a text of its own, the replacement is described by its condition (the shipped template names
        // values the new condition does not have).
        Assert.Equal("Replacement condition: (evaluation[year-1].level ≥ HTT and evaluation[year-2].level ≥ HTT)", local.Rules.Single(r => r.Code == notComplete).Text.English);
        Assert.Equal("Điều kiện thay thế: (evaluation[year-1].level ≥ HTT và evaluation[year-2].level ≥ HTT)", local.Rules.Single(r => r.Code == notComplete).Text.Vietnamese);
        Assert.StartsWith("Replacement condition: (", global::CadreRules.Localization.MessageCatalog.Default.TextFor(b).English, StringComparison.Ordinal);
        Assert.Equal(PlanningRegulations.Qd377.Rules.Count(), local.Rules.Count());
    }

    [Property(MaxTest = 100)]
    public Property AlwaysHoldingRequirement_ChangesNoOutcome() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c =>
        {
            PlanningRegulation local = Derive(c.Regulation, RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(),
                FactCondition.Any(FactCondition.Compare("woman", FactComparison.Equal, "true"), FactCondition.Compare("woman", FactComparison.Equal, "false"))));
            PlanningReport before = c.Regulation.Validate(c.List);
            PlanningReport after = local.Validate(c.List);
            return before.ViolationCount == after.ViolationCount
                && before.Titles.Select(t => t.EligibleCount).SequenceEqual(after.Titles.Select(t => t.EligibleCount))
                && c.Regulation.CountViolations(c.List) == local.CountViolations(c.List);
        });

    [Property(MaxTest = 100)]
    public Property NeverHoldingRequirement_LeavesNoCandidateEligible_AndFlagsEachPlannedCandidateOnce() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c =>
        {
            PlanningRegulation local = Derive(c.Regulation, RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(),
                FactCondition.All(FactCondition.Compare("woman", FactComparison.Equal, "true"), FactCondition.Compare("woman", FactComparison.Equal, "false"))));
            PlanningReport after = local.Validate(c.List);
            HashSet<CadreId> planned = [.. c.List.Entries.Select(e => e.CadreId)];
            return after.Titles.All(t => t.EligibleCount == 0)
                && after.Candidates.All(r => r.Findings.Count(f => f.Code == TwoGoodYears) == (planned.Contains(r.CadreId) ? 1 : 0));
        });

    [Property(MaxTest = 300)]
    public Property DataRequirement_DecidesAndExplainsLikeTheSameRuleInCSharp() =>
        Prop.ForAll(Gen.Choose(-1, 3).ArrayOf(4).ToArbitrary(), Gen.Choose(2024, 2028).ToArbitrary(), (levels, year) =>
        {
            EvaluationRecord[] records = [.. levels.Select((l, i) => (l, i)).Where(x => x.l >= 0).Select(x => new EvaluationRecord(year - 1 - (x.i % 2), x.i < 2 ? EvaluationTrack.Party : EvaluationTrack.State, (EvaluationLevel)x.l))];
            var facts = new PlanningCandidateFacts(Man("p", 1980, evaluations: records), new LocalDate(year, 3, 1));
            Rule<PlanningCandidateFacts> data = PlanningCandidateFacts.Catalog.Build(TwoGoodYearsDescriptor(), TwoGoodYearsData);
            Rule<PlanningCandidateFacts> code = TwoGoodYearsCode();
            Finding explained = data.Explain(facts);
            return data.Evaluate(facts) == code.Evaluate(facts) && explained.Status == data.Evaluate(facts) && explained.Code == TwoGoodYears;
        });

    [Fact]
    public void DataCondition_IsThreeValued_NotOfAnUnknownFactDoesNotHold()
    {
        var facts = new PlanningCandidateFacts(WithLevels("x", null, null), new LocalDate(2026, 3, 1));
        FactCondition worse = FactCondition.Compare("evaluation[year-1].level", FactComparison.Below, "HTT");

        Assert.False(PlanningCandidateFacts.Catalog.Build(TwoGoodYearsDescriptor(), worse).Holds(facts));
        Assert.False(PlanningCandidateFacts.Catalog.Build(TwoGoodYearsDescriptor(), FactCondition.Not(worse)).Holds(facts));
        Assert.True(PlanningCandidateFacts.Catalog.Build(TwoGoodYearsDescriptor(), FactCondition.Any(worse, FactCondition.Compare("woman", FactComparison.Equal, "false"))).Holds(facts));
    }

    [Theory]
    [InlineData("evaluation[year-9].level", FactComparison.AtLeast, "HTT", "when.all[1].fact", "not a fact")]
    [InlineData("evaluation[year-1].level", FactComparison.AtLeast, "good enough", "when.all[1].value", "not a value")]
    [InlineData("monthsLeft", FactComparison.AtLeast, "5 years", "when.all[1].value", "not a whole number")]
    [InlineData("woman", FactComparison.AtLeast, "true", "when.all[1].op", "= or != only")]
    public void BadDataCondition_IsRefusedAtLoad_WithItsPlace(string fact, FactComparison op, string value, string path, string message)
    {
        FactCondition condition = FactCondition.All(FactCondition.Compare("woman", FactComparison.Equal, "true"), FactCondition.Compare(fact, op, value));

        FactConditionException e = Assert.Throws<FactConditionException>(() => Derive(
            RuleChange.Remove(PlanningRegulations.Qd377.Code("PoliticalStandard")),
            RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(), condition)));

        Assert.Equal(1, e.Change);
        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangesARegulationCannotApply_AreRefusedNamingThem()
    {
        RuleCode months = PlanningRegulations.Qd377.Code("MonthsLeft");

        Assert.Equal("code", Assert.Throws<FactConditionException>(() => Derive(RuleChange.Remove(new RuleCode("QD377.Planning.Nothing")))).Path);
        Assert.Contains("Remove it and add a rule instead", Assert.Throws<FactConditionException>(() => Derive(RuleChange.Replace(months, TwoGoodYearsData))).Message, StringComparison.Ordinal);
        Assert.Equal("to", Assert.Throws<FactConditionException>(() => Derive(RuleChange.Add("title", TwoGoodYearsDescriptor(), TwoGoodYearsData))).Path);
        Assert.Contains("already a rule", Assert.Throws<FactConditionException>(() => Derive(
            RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(), TwoGoodYearsData),
            RuleChange.Add(PlanningRegulation.CandidateRequirement, TwoGoodYearsDescriptor(), TwoGoodYearsData))).Message, StringComparison.Ordinal);
        Assert.Contains("reads", Assert.Throws<FactConditionException>(() => Derive(
            RuleChange.Add(PlanningRegulation.CandidateRequirement, Rule.Always<int>()))).Message, StringComparison.Ordinal);

        PositionChangeRegulation nd59 = PositionChangeRegulation.Nd59;
        var positionVariant = new LocalVariant("nd59-x", nd59.Id, new LocalizedText("X", "X"), Province.Article(1), nd59.Period, new Dictionary<string, ParameterValue>())
        {
            RuleChanges = [RuleChange.Remove(new RuleCode("ND59.Anything"))],
        };
        Assert.Contains("only its numbers", Assert.Throws<FactConditionException>(() => nd59.WithVariant(positionVariant)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalVariantsDoc_ListsEveryPlanningFact()
    {
        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "docs", "local-variants.md"));

        Assert.All(PlanningCandidateFacts.Catalog.Facts, f => Assert.True(
            doc.Contains("`" + f.Name + "`", StringComparison.Ordinal) || (f.Name.StartsWith("evaluation[year-", StringComparison.Ordinal) && doc.Contains("`evaluation[year-4].level`", StringComparison.Ordinal)),
            f.Name + " is not in docs/local-variants.md"));
    }

    [Fact]
    public void Catalog_PublishesEachFactWithItsTypeAndMeaning()
    {
        FactDefinition<PlanningCandidateFacts> level = PlanningCandidateFacts.Catalog.Find("evaluation[year-1].level")!;

        Assert.Equal(FactKind.Scale, level.Kind);
        Assert.Equal(["HTXS", "HTT", "HTNV", "KHT"], level.ScaleValues.ToArray());
        Assert.All(PlanningCandidateFacts.Catalog.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Meaning.Vietnamese) || string.IsNullOrWhiteSpace(f.Example)));
        Assert.Null(PlanningCandidateFacts.Catalog.Find("score"));
    }
}

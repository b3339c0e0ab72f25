using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static CadreRules.Tests.Evaluation.EvaluationTestData;

namespace CadreRules.Tests.Evaluation;

/// <summary>A province's variant that adds, replaces and removes evaluation rules, in C# and as data.</summary>
public class EvaluationRuleChangeTests
{
    private static readonly LegalDocument Province = new("QĐ 12-QĐ/TU (thử)", "Tỉnh ủy thử nghiệm", new LocalDate(2025, 9, 1));
    private static readonly RuleCode NoDiscipline = new("TEST.HTXS.NoDiscipline");
    private static readonly EvaluationRegulation Qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);

    /// <summary>"No discipline decision in the year" as data.</summary>
    private static readonly FactCondition NoDisciplineData = FactCondition.Compare("discipline.count", FactComparison.Equal, "0");

    private static readonly FactCondition Always = FactCondition.Any(
        FactCondition.Compare("leader", FactComparison.Equal, "true"), FactCondition.Compare("leader", FactComparison.Equal, "false"));

    private static readonly FactCondition Never = FactCondition.All(
        FactCondition.Compare("leader", FactComparison.Equal, "true"), FactCondition.Compare("leader", FactComparison.Equal, "false"));

    private static RuleDescriptor Described(RuleCode code, Citation? citation = null) =>
        new(code, new LocalizedText("Điều kiện thêm của tỉnh (thử)", "The province's extra condition (test)"), citation);

    /// <summary>The same condition in C#.</summary>
    private static Rule<EvaluationInput> NoDisciplineCode() => Rule.Create<EvaluationInput>(
        Described(NoDiscipline), f => f.Discipline.All(d => d.DecidedOn.Year != f.Year));

    private static EvaluationRegulation Derive(params RuleChange[] changes) => Derive(Qd366, changes);

    private static EvaluationRegulation Derive(EvaluationRegulation shipped, params RuleChange[] changes)
    {
        var variant = new LocalVariant(shipped.Id.Value + "-province", shipped.Id, new LocalizedText("Biến thể thử", "Test variant"), Province.Article(2),
            shipped.Period, new Dictionary<string, ParameterValue>()) { RuleChanges = [.. changes] };
        return (EvaluationRegulation)shipped.WithVariant(variant);
    }

    private static EvaluationInput Excellent(ImmutableArray<DisciplineRecord> discipline = default, int exceeded = 4) =>
        Scored(95, TaskCounts.AllOnTime(10, exceeded), discipline: discipline);

    private static ImmutableArray<DisciplineRecord> NonDutyReprimand => Reprimand(new LocalDate(2025, 6, 1), dutyRelated: false);

    private static IEnumerable<Finding> All(Finding finding) => finding.Children.SelectMany(All).Prepend(finding);

    [Fact]
    public void AddedLevelCondition_AsData_TakesHtxsFromWhoFailsIt_CitedToTheProvince()
    {
        EvaluationRegulation local = Derive(RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(NoDiscipline), NoDisciplineData));

        Assert.Equal(EvaluationLevel.Excellent, Qd366.Classify(Excellent(NonDutyReprimand)).Level);
        EvaluationDecision decision = local.Classify(Excellent(NonDutyReprimand));
        Assert.Equal(OutcomeKind.Undetermined, decision.Kind); // score ≥ 90: HTT's band ends at 90 (strict reading)
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(Excellent()).Level);

        Finding added = Assert.Single(All(local.Explain(Excellent(NonDutyReprimand)).Explanation), f => f.Code == NoDiscipline);
        Assert.Equal(FindingStatus.NotSatisfied, added.Status);
        Assert.Equal(Province, added.Citation!.Document);
        Assert.Contains(added.Values, v => v.Name == "discipline.count" && v.Format(Language.English) == "1");
        Assert.Contains(local.Rules, r => r.Code == NoDiscipline && r.Citation!.Document == Province);
        Assert.Equal(local.Classify(Excellent(NonDutyReprimand)), local.Explain(Excellent(NonDutyReprimand)).Outcome);
    }

    [Theory]
    [InlineData(5, EvaluationLevel.Excellent)]
    [InlineData(4, null)]
    public void AddedShareCondition_PinsItsBoundary(int exceeded, EvaluationLevel? expected)
    {
        EvaluationRegulation local = Derive(RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(new RuleCode("TEST.HTXS.Half")),
            FactCondition.Compare("tasks.exceededShare", FactComparison.AtLeast, "50%")));

        EvaluationDecision decision = local.Classify(Excellent(exceeded: exceeded));

        Assert.Equal(expected, decision.HasLevel ? decision.Level : null);
    }

    [Fact]
    public void AddedExclusion_AndNotCompleteGround_AndCap_Decide()
    {
        EvaluationRegulation local = Derive(
            RuleChange.Add(EvaluationRegulation.Exclusion, Described(new RuleCode("TEST.Excluded.ShortYear")), FactCondition.Compare("monthsWorked", FactComparison.Below, "3")),
            RuleChange.Add(EvaluationRegulation.NotCompleteGround, Described(new RuleCode("TEST.KHT.AnyDiscipline")), FactCondition.Compare("discipline.count", FactComparison.AtLeast, "1")),
            RuleChange.Add(EvaluationRegulation.Cap(EvaluationLevel.Good), Described(new RuleCode("TEST.Cap.LongLeave")), FactCondition.Compare("otherLeaveMonths", FactComparison.AtLeast, "4")));

        Assert.Equal(OutcomeKind.NotRated, local.Classify(Scored(95, TaskCounts.AllOnTime(10, 4), monthsWorked: 2)).Kind);
        EvaluationDecision kht = local.Classify(Excellent(NonDutyReprimand));
        Assert.Equal(EvaluationLevel.NotComplete, kht.Level);
        Assert.Equal("TEST.KHT.AnyDiscipline", kht.DecidedBy.Value);
        EvaluationDecision capped = local.Classify(Scored(95, TaskCounts.AllOnTime(10, 4), otherLeaveMonths: 4, monthsWorked: 8));
        Assert.Equal(EvaluationLevel.Good, capped.Level);
        Assert.Equal("TEST.Cap.LongLeave", capped.CappedBy.Value);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(Scored(95, TaskCounts.AllOnTime(10, 4), otherLeaveMonths: 3, monthsWorked: 9)).Level);
    }

    [Fact]
    public void ReplacedRule_KeepsItsCode_DecidesByTheNewCondition_AndCitesTheProvince()
    {
        RuleCode exceededShare = new("QD366.HTXS.ExceededShare");
        EvaluationRegulation local = Derive(RuleChange.Replace(exceededShare, FactCondition.Compare("tasks.exceededShare", FactComparison.AtLeast, "50%")));

        Assert.Equal(EvaluationLevel.Excellent, Qd366.Classify(Excellent(exceeded: 4)).Level);
        Assert.Equal(OutcomeKind.Undetermined, local.Classify(Excellent(exceeded: 4)).Kind);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(Excellent(exceeded: 5)).Level);
        Finding replaced = Assert.Single(All(local.Explain(Excellent(exceeded: 4)).Explanation), f => f.Code == exceededShare);
        Assert.Equal(Province, replaced.Citation!.Document);
        Assert.Equal("Replacement condition: tasks.exceededShare ≥ 50% — not met: tasks.exceededShare = 40.0% (2/5) (required ≥ 50%)", replaced.Text.English);
        Assert.Equal(replaced.Text, CadreRules.Localization.MessageCatalog.Default.TextFor(replaced)); // not the shipped template, whose values it lacks
        Assert.Contains(replaced.Values, v => v.Name == "tasks.exceededShare");
    }

    [Fact]
    public void RemovedRule_NoLongerDecides_InAnyRole()
    {
        RuleCode fixedAll = new("QD366.HTXS.ShortcomingsFixed");
        EvaluationRegulation local = Derive(RuleChange.Remove(fixedAll));
        EvaluationInput notFixed = Scored(95, TaskCounts.AllOnTime(10, 4), shortcomingsFound: 2, shortcomingsFixed: 1);
        EvaluationInput leaderNotFixed = Scored(95, TaskCounts.AllOnTime(10, 4), role: EvaluationRole.Leader, shortcomingsFound: 2, shortcomingsFixed: 1);

        Assert.Equal(OutcomeKind.Undetermined, Qd366.Classify(notFixed).Kind);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(notFixed).Level);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(leaderNotFixed).Level);
        Assert.DoesNotContain(local.Rules, r => r.Code == fixedAll);
        Assert.Null(local.Explain(notFixed).Explanation.Find(fixedAll));
    }

    [Fact]
    public void RemovedOverride_DropsTheStep()
    {
        EvaluationRegulation local = Derive(RuleChange.Remove(new RuleCode("QD366.KHT.Degradation")));
        EvaluationInput degraded = new EvaluationInput { Year = 2025, EvaluatedOn = Qd366Date, Role = EvaluationRole.NonLeader, Tasks = TaskCounts.AllOnTime(10, 4), Score = ScoreCard.FromTotal(95), Degraded = true };

        Assert.Equal(EvaluationLevel.NotComplete, Qd366.Classify(degraded).Level);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(degraded).Level);
    }

    [Fact]
    public void CSharpRule_WithoutCitation_IsCitedToTheVariant_AndAVariantOfTheVariantKeepsIt()
    {
        EvaluationRegulation local = Derive(RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), NoDisciplineCode()));
        var numbers = new LocalVariant("qd366-province-2", local.Id, new LocalizedText("Biến thể của biến thể", "A variant of the variant"), Province.Article(5),
            local.Period, new Dictionary<string, ParameterValue> { ["htxs.minScore"] = ParameterValue.FromInteger(92) });
        var again = (EvaluationRegulation)local.WithVariant(numbers);

        Finding added = Assert.Single(All(local.Explain(Excellent(NonDutyReprimand)).Explanation), f => f.Code == NoDiscipline);
        Assert.Equal(Province.Article(2), added.Citation);
        Assert.Equal(OutcomeKind.Undetermined, again.Classify(Excellent(NonDutyReprimand)).Kind);
        Assert.Single(again.RuleChanges);
        Assert.Equal(EvaluationLevel.Good, again.Classify(Scored(91, TaskCounts.AllOnTime(10, 4))).Level); // the number the second variant set
    }

    [Fact]
    public void ScoreOnlyRegime_TakesAnExtraLevelCondition()
    {
        EvaluationRegulation nd335 = EvaluationRegulations.Get(EvaluationRegime.Nd335);
        EvaluationRegulation local = Derive(nd335, RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(NoDiscipline), NoDisciplineData));
        EvaluationInput input = Scored(95, on: Nd335Date, discipline: Reprimand(new LocalDate(2026, 3, 1), dutyRelated: false));

        Assert.Equal(EvaluationLevel.Excellent, nd335.Classify(input).Level);
        Assert.NotEqual(EvaluationLevel.Excellent, local.Classify(input) is { HasLevel: true } d ? d.Level : EvaluationLevel.NotComplete);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(Scored(95, on: Nd335Date)).Level);
    }

    [Theory]
    [InlineData("level.KHT", "to", "not a place")]
    [InlineData("level.HTXS", "when.fact", "not a fact")]
    public void BadAddition_IsRefused_WithItsPlace(string point, string path, string message)
    {
        FactConditionException e = Assert.Throws<FactConditionException>(() => Derive(
            RuleChange.Remove(new RuleCode("QD366.KHT.Degradation")),
            RuleChange.Add(point, Described(NoDiscipline), FactCondition.Compare(point == "level.KHT" ? "score" : "points", FactComparison.AtLeast, "90"))));

        Assert.Equal(1, e.Change);
        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangesTheLaddersCannotApply_AreRefusedNamingThem()
    {
        Assert.Contains("already a rule", Assert.Throws<FactConditionException>(() => Derive(
            RuleChange.Add(EvaluationRegulation.Exclusion, Described(new RuleCode("QD366.HTXS.Score")), NoDisciplineData))).Message, StringComparison.Ordinal);
        Assert.Contains("not a rule", Assert.Throws<FactConditionException>(() => Derive(RuleChange.Remove(new RuleCode("QD366.Nothing")))).Message, StringComparison.Ordinal);
        Assert.Contains("not a rule", Assert.Throws<FactConditionException>(() => Derive(RuleChange.Replace(new RuleCode("QD366.Policy.HighScore"), NoDisciplineData))).Message, StringComparison.Ordinal);
        FactConditionException twice = Assert.Throws<FactConditionException>(() => Derive(RuleChange.Remove(new RuleCode("QD366.KHT.Degradation")), RuleChange.Remove(new RuleCode("QD366.KHT.Degradation"))));
        Assert.Equal(1, twice.Change);
        Assert.Equal("code", twice.Path);
        Assert.Contains("score", Assert.Throws<FactConditionException>(() => Derive(RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(NoDiscipline),
            FactCondition.Compare("score", FactComparison.AtLeast, "ninety")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataRule_ThatFails_SaysWhatFailed_WithTheNumbers_InBothLanguages()
    {
        FactCondition condition = FactCondition.All(NoDisciplineData, FactCondition.Compare("tasks.exceededShare", FactComparison.AtLeast, "40%"));
        EvaluationRegulation local = Derive(RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(NoDiscipline), condition));

        Finding failed = Assert.Single(All(local.Explain(Excellent(NonDutyReprimand, exceeded: 4)).Explanation), f => f.Code == NoDiscipline);
        Finding met = Assert.Single(All(local.Explain(Excellent(exceeded: 4)).Explanation), f => f.Code == NoDiscipline);

        Assert.Equal("The province's extra condition (test) — not met: discipline.count = 1 (required = 0)", failed.Text.English);
        Assert.Equal("Điều kiện thêm của tỉnh (thử) — không đáp ứng: discipline.count = 1 (cần = 0)", failed.Text.Vietnamese);
        Assert.Equal(Described(NoDiscipline).Text, met.Text);
        Finding share = Assert.Single(All(local.Explain(Excellent(exceeded: 3)).Explanation), f => f.Code == NoDiscipline);
        Assert.Equal("The province's extra condition (test) — not met: tasks.exceededShare = 30.0% (3/10) (required ≥ 40%)", share.Text.English);
        Assert.EndsWith("không đáp ứng: tasks.exceededShare = 30,0% (3/10) (cần ≥ 40%)", share.Text.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleChangeError_IsWordedInBothLanguages()
    {
        FactConditionException e = Assert.Throws<FactConditionException>(() => Derive(RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(NoDiscipline),
            FactCondition.Compare("tasks.exceededShare", FactComparison.AtLeast, "many"))));

        Assert.Equal("'many' is not a share (write 30%, 0.3 or 3/10).", e.Message);
        Assert.Equal("'many' không phải là tỉ lệ (viết 30%, 0.3 hoặc 3/10).", e.Text.Vietnamese);
    }

    [Fact]
    public void PointNames_AreTheDocumentedOnes()
    {
        Assert.Equal("level.HTXS", EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent));
        Assert.Equal("cap.HTNV", EvaluationRegulation.Cap(EvaluationLevel.Complete));
        Assert.Throws<InputOutOfRangeException>(() => EvaluationRegulation.LevelCondition(EvaluationLevel.NotComplete));
        Assert.Throws<InputOutOfRangeException>(() => EvaluationRegulation.Cap(EvaluationLevel.Excellent));
    }

    [Fact]
    public void WithoutRuleChanges_TheLaddersAreTheShippedOnes()
    {
        var numbers = new LocalVariant("qd366-numbers", Qd366.Id, new LocalizedText("Chỉ đổi số", "Numbers only"), Province.Article(1),
            Qd366.Period, new Dictionary<string, ParameterValue>());
        var local = (EvaluationRegulation)Qd366.WithVariant(numbers);

        Assert.True(local.RuleChanges.IsEmpty);
        Assert.Equal(
            Qd366.LadderFor(EvaluationRole.NonLeader).Steps.Select(s => s.Guard.Code),
            local.LadderFor(EvaluationRole.NonLeader).Steps.Select(s => s.Guard.Code));
    }

    [Fact]
    public void LocalVariantsDoc_ListsEveryEvaluationFact_AndEachFactHasAMeaningAndAnExample()
    {
        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "docs", "local-variants.md"));

        Assert.All(EvaluationFacts.Catalog.Facts, f =>
        {
            Assert.True(doc.Contains("`" + f.Name + "`", StringComparison.Ordinal), f.Name + " is not in docs/local-variants.md");
            Assert.False(string.IsNullOrWhiteSpace(f.Meaning.Vietnamese) || string.IsNullOrWhiteSpace(f.Meaning.English) || string.IsNullOrWhiteSpace(f.Unit), f.Name);
            Assert.True(EvaluationFacts.Catalog.Build(Described(new RuleCode("P.Example")), FactCondition.Compare(f.Name, FactComparison.Equal, f.Example)) is not null, f.Name);
        });
    }

    // Properties (issue 18).
    [Property(MaxTest = 200)]
    public Property AlwaysHoldingCondition_OrNeverHoldingGround_ChangesNoOutcome() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            EvaluationRegulation shipped = EvaluationRegulations.Get(c.Regime);
            EvaluationRegulation local = Derive(shipped,
                RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(new RuleCode("P.XS")), Always),
                RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Good), Described(new RuleCode("P.TT")), Always),
                RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Complete), Described(new RuleCode("P.NV")), Always),
                RuleChange.Add(EvaluationRegulation.Exclusion, Described(new RuleCode("P.Ex")), Never),
                RuleChange.Add(EvaluationRegulation.NotCompleteGround, Described(new RuleCode("P.KHT")), Never),
                RuleChange.Add(EvaluationRegulation.Cap(EvaluationLevel.Complete), Described(new RuleCode("P.Cap")), Never));
            return shipped.Classify(c.Input) == local.Classify(c.Input) && local.Explain(c.Input).Outcome == local.Classify(c.Input);
        });

    [Property(MaxTest = 200)]
    public Property NeverHoldingLevelCondition_RemovesOnlyThatLevelsOutcomes() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), Gen.Elements(EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete).ToArbitrary(), (c, level) =>
        {
            EvaluationRegulation shipped = EvaluationRegulations.Get(c.Regime);
            EvaluationRegulation local = Derive(shipped, RuleChange.Add(EvaluationRegulation.LevelCondition(level), Described(new RuleCode("P.Never")), Never));
            EvaluationDecision before = shipped.Classify(c.Input);
            EvaluationDecision after = local.Classify(c.Input);
            RuleCode rung = shipped.LadderFor(c.Input.Role).Steps.FirstOrDefault(s => s.Kind == LadderStepKind.Level && s.Level == level)?.Guard.Code ?? default;
            bool decidedByRung = !rung.IsEmpty && before.HasLevel && before.DecidedBy == rung;
            return decidedByRung ? after.DecidedBy != rung : after == before;
        });

    [Property(MaxTest = 200)]
    public Property RemovingThenReAddingARule_IsTheIdentity() =>
        Prop.ForAll(Arbitraries.Qd366EvaluationCases(), Gen.Elements("QD366.HTXS.ExceededShare", "QD366.HTXS.AllOnTime", "QD366.HTXS.ShortcomingsFixed").ToArbitrary(), (c, name) =>
        {
            var code = new RuleCode(name);
            Rule<EvaluationInput> original = Qd366.LadderFor(EvaluationRole.NonLeader).Steps.SelectMany(s => s.Guard.Flatten()).First(r => r.Code == code);
            EvaluationRegulation local = Derive(RuleChange.Remove(code), RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), original));
            return Qd366.Classify(c.Input) == local.Classify(c.Input)
                && local.Rules.Select(r => r.Code).Order().SequenceEqual(Qd366.Rules.Select(r => r.Code).Order());
        });

    [Property(MaxTest = 300)]
    public Property DataRule_DecidesAndExplainsLikeTheSameRuleInCSharp() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            var code = new RuleCode("P.Both");
            FactCondition data = FactCondition.All(NoDisciplineData, FactCondition.Compare("tasks.exceededShare", FactComparison.AtLeast, "30%"));
            Rule<EvaluationInput> built = EvaluationFacts.Catalog.Build(Described(code, Province.Article(3)), data);
            Rule<EvaluationInput> written = Rule.Create<EvaluationInput>(Described(code, Province.Article(3)),
                f => f.Discipline.All(d => d.DecidedOn.Year != f.Year) && f.Tasks.Total > 0 && Share.Of(f.Tasks.Exceeded, f.Tasks.Total) >= Share.Percent(30));
            EvaluationRegulation shipped = EvaluationRegulations.Get(c.Regime);
            EvaluationRegulation byData = Derive(shipped, RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(code), data));
            EvaluationRegulation byCode = Derive(shipped, RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), written));
            Finding? fromData = All(byData.Explain(c.Input).Explanation).FirstOrDefault(f => f.Code == code);
            Finding? fromCode = All(byCode.Explain(c.Input).Explanation).FirstOrDefault(f => f.Code == code);
            return built.Evaluate(c.Input) == written.Evaluate(c.Input)
                && byData.Classify(c.Input) == byCode.Classify(c.Input)
                && fromData?.Status == fromCode?.Status;
        });

    [Property(MaxTest = 200)]
    public Property AddedRulesFindings_CiteTheProvince() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            EvaluationRegulation local = Derive(EvaluationRegulations.Get(c.Regime),
                RuleChange.Add(EvaluationRegulation.LevelCondition(EvaluationLevel.Excellent), Described(NoDiscipline), NoDisciplineData),
                RuleChange.Add(EvaluationRegulation.NotCompleteGround, Described(new RuleCode("P.KHT")), FactCondition.Compare("degraded", FactComparison.Equal, "true")));
            Finding[] added = [.. All(local.Explain(c.Input).Explanation).Where(f => f.Code == NoDiscipline || f.Code.Value == "P.KHT")];
            return added.Length >= 1 && added.All(f => f.Citation is { } cited && cited.Document == Province);
        });
}

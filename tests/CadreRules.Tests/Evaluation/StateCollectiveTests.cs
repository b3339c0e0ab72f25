using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CadreRules.Tests.Evaluation.EvaluationTestData;

namespace CadreRules.Tests.Evaluation;

/// <summary>State collectives: NĐ 233/2026 Điều 7 rates public service units; NĐ 90/2020 (with or without NĐ 48/2023)
/// sets no levels for agencies or units; NĐ 335/2025 rates administrative agencies in an article the library lacks.</summary>
public class StateCollectiveTests
{
    private static readonly EvaluationRegulation Nd233 = EvaluationRegulations.Get(EvaluationRegime.Nd233);
    private static readonly EvaluationRegulation Nd335 = EvaluationRegulations.Get(EvaluationRegime.Nd335);
    private static readonly EvaluationRegulation Nd90 = EvaluationRegulations.Get(EvaluationRegime.Nd90);
    private static readonly EvaluationRegulation Nd48 = EvaluationRegulations.Get(EvaluationRegime.Nd90Amended);

    private static EvaluationInput Unit(decimal score, TaskCounts? tasks = null, CollectiveFacts? facts = null, int found = 0, int fixedCount = 0) =>
        Scored(score, tasks ?? TaskCounts.AllOnTime(10, 3), Nd233Date, EvaluationRole.Collective, collective: facts, shortcomingsFound: found, shortcomingsFixed: fixedCount);

    [Theory]
    [InlineData(90, EvaluationLevel.Excellent)]
    [InlineData(89.5, EvaluationLevel.Good)]
    [InlineData(70, EvaluationLevel.Good)]
    [InlineData(69.99, EvaluationLevel.Complete)]
    [InlineData(50, EvaluationLevel.Complete)]
    [InlineData(49.99, EvaluationLevel.NotComplete)]
    public void Nd233Unit_ScoreBands_AllTasksOnTime_ThirtyPercentExceeded(double score, EvaluationLevel expected)
    {
        EvaluationDecision decision = Nd233.Classify(Unit((decimal)score));

        Assert.Equal(OutcomeKind.Level, decision.Kind);
        Assert.Equal(expected, decision.Level);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Nd233Unit_Excellent_NeedsThirtyPercentExceeded_ElseUndetermined(int exceeded, bool excellent)
    {
        EvaluationDecision decision = Nd233.Classify(Unit(95, TaskCounts.AllOnTime(10, exceeded)));

        if (excellent)
        {
            Assert.Equal(EvaluationLevel.Excellent, decision.Level);
        }
        else
        {
            // Điều 7 khoản 5: a score in the HTXS band without HTXS's other conditions: the competent level decides.
            Assert.Equal(OutcomeKind.Undetermined, decision.Kind);
            Assert.Equal(new RuleCode("ND233.Unit.Gap.CompetentLevelDecides"), decision.UndeterminedReason);
        }
    }

    [Theory]
    [InlineData(0, 0, null, EvaluationLevel.Excellent)] // no constituent unit: the condition holds
    [InlineData(4, 0, 0, EvaluationLevel.Excellent)]
    [InlineData(4, 0, 1, null)]
    [InlineData(4, 0, null, null)] // constituent units whose levels were not recorded: undetermined, never assumed
    public void Nd233Unit_Excellent_NoConstituentUnitNotComplete(int units, int disciplined, int? notComplete, EvaluationLevel? expected)
    {
        var facts = new CollectiveFacts(subordinateUnits: units, subordinateUnitsDisciplined: disciplined, subordinateUnitsNotComplete: notComplete);

        EvaluationDecision decision = Nd233.Classify(Unit(92, facts: facts));

        Assert.Equal(expected is null ? OutcomeKind.Undetermined : OutcomeKind.Level, decision.Kind);
        if (expected is { } level)
        {
            Assert.Equal(level, decision.Level);
        }
    }

    [Fact]
    public void Nd233Unit_Excellent_NeedsEveryShortcomingFixed()
    {
        Assert.Equal(OutcomeKind.Undetermined, Nd233.Classify(Unit(95, found: 3, fixedCount: 2)).Kind);
        Assert.Equal(EvaluationLevel.Excellent, Nd233.Classify(Unit(95, found: 3, fixedCount: 3)).Level);
    }

    [Theory]
    [InlineData(2, EvaluationLevel.Complete)] // 20% behind schedule: at most 20%
    [InlineData(3, null)]                     // 30%: HTNV's condition fails in its band → undetermined (khoản 5)
    public void Nd233Unit_Complete_AtMostTwentyPercentLate(int late, EvaluationLevel? expected)
    {
        EvaluationDecision decision = Nd233.Classify(Unit(60, new TaskCounts(10, 10, 10 - late, 0, late)));

        Assert.Equal(expected is null ? OutcomeKind.Undetermined : OutcomeKind.Level, decision.Kind);
        if (expected is { } level)
        {
            Assert.Equal(level, decision.Level);
        }
    }

    [Theory]
    [InlineData(7, EvaluationLevel.Good, false)]   // 70% completed: not below 70%; HTT needs all on time → undetermined
    [InlineData(6, EvaluationLevel.NotComplete, true)] // 60%: below 70% → KHT whatever the score
    public void Nd233Unit_CompletedBelowSeventyPercent_IsNotComplete(int completed, EvaluationLevel level, bool decided)
    {
        EvaluationDecision decision = Nd233.Classify(Unit(80, new TaskCounts(10, completed, completed)));

        if (decided)
        {
            Assert.Equal(level, decision.Level);
            Assert.Equal(new RuleCode("ND233.Unit.KHT.CompletedShare"), decision.Ladder.DecidedBy);
        }
        else
        {
            Assert.Equal(OutcomeKind.Undetermined, decision.Kind);
        }
    }

    [Fact]
    public void Nd233Unit_PersonnelWrongdoing_IsNotComplete_AndExplained()
    {
        EvaluationInput input = Unit(95, facts: new CollectiveFacts(personnelWrongdoingConcluded: true));

        Verdict<EvaluationDecision> verdict = Nd233.Explain(input);

        Assert.Equal(EvaluationLevel.NotComplete, verdict.Outcome.Level);
        Finding finding = verdict.Explanation.Find(new RuleCode("ND233.Unit.KHT.PersonnelWrongdoing"))!;
        Assert.Equal(7, finding.Citation!.ArticleNumber);
        Assert.Equal(4, finding.Citation.Clause);
    }

    [Fact]
    public void Nd90AndNd335_Collective_UndeterminedWithTheReason_NoFactRead()
    {
        var bare = new EvaluationInput { Year = 2024, EvaluatedOn = Nd48Date, Role = EvaluationRole.Collective, Tasks = TaskCounts.AllOnTime(10), Collective = new CollectiveFacts() };

        Verdict<EvaluationDecision> nd48 = Nd48.Explain(bare);
        Assert.Equal(OutcomeKind.Undetermined, nd48.Outcome.Kind);
        Assert.Equal(new RuleCode("ND48.Collective.NoLevels"), nd48.Outcome.UndeterminedReason);
        Assert.NotNull(nd48.Explanation.Find(new RuleCode("ND48.Collective.NoLevels")));
        Assert.Equal(new RuleCode("ND90.Collective.NoLevels"), Nd90.Classify(bare with { Year = 2022, EvaluatedOn = Nd90Date }).UndeterminedReason);

        EvaluationDecision nd335 = Nd335.Classify(Scored(95, on: Nd335Date, role: EvaluationRole.Collective));
        Assert.Equal(OutcomeKind.Undetermined, nd335.Kind);
        Assert.Equal(new RuleCode("ND335.Collective.CriteriaNotRetrieved"), nd335.UndeterminedReason);
        Assert.Equal(Confidence.Unconfirmed, Nd335.Rules.Single(d => d.Code == new RuleCode("ND335.Collective.CriteriaNotRetrieved")).Confidence);
    }

    [Fact]
    public void Nd233_Individuals_KeepTheirGap_CollectivesTheirs()
    {
        Assert.True(Nd233.Supports(EvaluationRole.Collective));
        Assert.Contains(Nd233.Rules, d => d.Code == new RuleCode("ND233.Unit.Gap.CompetentLevelDecides"));
        Assert.Equal(new RuleCode("ND233.Unit.Gap.CompetentLevelDecides"), Nd233.Classify(Unit(95, TaskCounts.AllOnTime(10, 0))).UndeterminedReason);
    }

    [Fact]
    public void Nd233Unit_Parameters_AreNamedAndOverridable()
    {
        ParameterDefinition exceeded = Nd233.Parameters.Schema.Single(d => d.Key == "unit.htxs.exceededShare");
        Assert.Equal(Confidence.Confirmed, exceeded.Confidence);
        EvaluationRegulation lenient = WithOverrides(EvaluationRegime.Nd233, ("unit.htxs.exceededShare", ParameterValue.FromShare(Share.Percent(20))));
        Assert.Equal(OutcomeKind.Undetermined, Nd233.Classify(Unit(95, TaskCounts.AllOnTime(10, 2))).Kind);
        Assert.Equal(EvaluationLevel.Excellent, lenient.Classify(Unit(95, TaskCounts.AllOnTime(10, 2))).Level);
    }

    [Property(MaxTest = 300)]
    public Property Nd233Unit_AnyScore_LevelAgreesWithTheBands_OrUndetermined() =>
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 10).ToArbitrary(), Gen.Choose(0, 10).ToArbitrary(), (tenths, exceeded, completed) =>
        {
            decimal score = tenths / 10m;
            EvaluationDecision decision = Nd233.Classify(Unit(score, new TaskCounts(10, completed, completed, System.Math.Min(exceeded, completed))));
            if (decision.Kind != OutcomeKind.Level)
            {
                // Undetermined only inside a band whose other conditions fail, never below 50 or under 70% completed.
                return decision.Kind == OutcomeKind.Undetermined && score >= 50 && completed >= 7;
            }

            return decision.Level switch
            {
                EvaluationLevel.NotComplete => score < 50 || completed < 7,
                EvaluationLevel.Complete => score >= 50 && score < 70 && completed == 10,
                EvaluationLevel.Good => score >= 70 && score < 90 && completed == 10,
                _ => score >= 90 && completed == 10 && exceeded >= 3,
            };
        });
}

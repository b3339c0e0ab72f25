using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Evaluation.EvaluationTestData;

namespace CadreRules.Tests.Evaluation;

public class CriteriaRegimesTests
{
    private static readonly EvaluationRegulation Qd124 = EvaluationRegulations.Get(EvaluationRegime.Qd124);
    private static readonly EvaluationRegulation Qd132 = EvaluationRegulations.Get(EvaluationRegime.Qd132);
    private static readonly EvaluationRegulation Nd90 = EvaluationRegulations.Get(EvaluationRegime.Nd90);
    private static readonly EvaluationRegulation Nd48 = EvaluationRegulations.Get(EvaluationRegime.Nd90Amended);

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Qd124_ExceededShareEdge_DecidesExcellent(int exceeded, bool excellent)
    {
        EvaluationDecision decision = Qd124.Classify(Graded(CriterionGrade.Good, CriterionGrade.Excellent, Qd124Date, TaskCounts.AllOnTime(10, exceeded)));

        Assert.Equal(excellent ? EvaluationLevel.Excellent : EvaluationLevel.Good, decision.Level);
    }

    [Fact]
    public void Qd124_AnyCriterionPoor_IsNotComplete()
    {
        EvaluationDecision decision = Qd124.Classify(Graded(CriterionGrade.Poor, CriterionGrade.Excellent, Qd124Date));

        Assert.Equal(EvaluationLevel.NotComplete, decision.Level);
        Assert.Equal(new RuleCode("QD124.KHT.PoorCriterion"), decision.DecidedBy);
    }

    [Fact]
    public void Qd124_DisciplineSelfDiscoveredAndFixed_IsExcepted()
    {
        LocalDate decided = new(2024, 5, 1);

        EvaluationDecision plain = Qd124.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Qd124Date, discipline: Reprimand(decided)));
        EvaluationDecision selfFound = Qd124.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Qd124Date, discipline: Reprimand(decided, selfDiscovered: true)));

        Assert.Equal(EvaluationLevel.NotComplete, plain.Level);
        Assert.Equal(EvaluationLevel.Good, selfFound.Level);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(4, true)]
    public void Qd124_LeaderUnitBelowHalfOfTargets_IsNotComplete(int completed, bool kht)
    {
        var leader = new LeaderFacts(new TaskCounts(10, completed, completed));

        EvaluationDecision decision = Qd124.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Qd124Date, role: EvaluationRole.Leader, leader: leader));

        Assert.Equal(kht, decision.DecidedBy == new RuleCode("QD124.KHT.UnitCompletion"));
    }

    [Theory]
    [InlineData(2, EvaluationLevel.Excellent)]
    [InlineData(3, EvaluationLevel.Complete)]
    public void Qd132_SickLeaveThreeMonths_CapsAtComplete(int months, EvaluationLevel expected)
    {
        EvaluationDecision decision = Qd132.Classify(Graded(CriterionGrade.Good, CriterionGrade.Excellent, Qd132Date, sickLeaveMonths: months));

        Assert.Equal(expected, decision.Level);
        Assert.Equal(EvaluationLevel.Excellent, decision.Ladder.UncappedLevel);
    }

    [Fact]
    public void Qd132_StateExcellentRequired_ForCivilServantMember()
    {
        Assert.Equal(EvaluationLevel.Good, Qd132.Classify(Graded(CriterionGrade.Good, CriterionGrade.Excellent, Qd132Date, stateLevel: EvaluationLevel.Good)).Level);
        Assert.Equal(EvaluationLevel.Excellent, Qd132.Classify(Graded(CriterionGrade.Good, CriterionGrade.Excellent, Qd132Date, stateLevel: EvaluationLevel.Excellent)).Level);
        Assert.Equal(EvaluationLevel.NotComplete, Qd132.Classify(Graded(CriterionGrade.Good, CriterionGrade.Excellent, Qd132Date, stateLevel: EvaluationLevel.NotComplete)).Level);
    }

    [Fact]
    public void Qd132_PoorCriterion_FallsBelowCompleteToNotComplete()
    {
        EvaluationDecision decision = Qd132.Classify(Graded(CriterionGrade.Poor, CriterionGrade.Good, Qd132Date));

        Assert.Equal(EvaluationLevel.NotComplete, decision.Level);
        Assert.Equal(new RuleCode("QD132.KHT.BelowComplete"), decision.DecidedBy);
    }

    [Fact]
    public void Qd132_AdministrativeDisciplineOnly_IsNotPartyDiscipline()
    {
        LocalDate decided = new(2022, 4, 1);

        Assert.Equal(EvaluationLevel.NotComplete, Qd132.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Qd132Date, discipline: Reprimand(decided))).Level);
        Assert.Equal(EvaluationLevel.Good, Qd132.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Qd132Date, discipline: Reprimand(decided, DisciplineTrack.Administrative))).Level);
    }

    [Theory]
    [InlineData(2, EvaluationLevel.Excellent)]
    [InlineData(3, EvaluationLevel.Complete)]
    [InlineData(5, EvaluationLevel.Complete)]
    public void Nd90_LeaveFromThreeToUnderSixMonths_CapsAtComplete(int months, EvaluationLevel expected)
    {
        EvaluationDecision decision = Nd48.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Nd48Date, otherLeaveMonths: months, monthsWorked: 12 - months));

        Assert.Equal(expected, decision.Level);
    }

    [Theory]
    [InlineData(5, false, OutcomeKind.NotRated)]
    [InlineData(6, false, OutcomeKind.Level)]
    [InlineData(4, true, OutcomeKind.Level)]
    public void Nd90_MonthsWorked_UnderSixNotRatedUnlessMaternity(int months, bool maternity, OutcomeKind expected)
    {
        EvaluationDecision decision = Nd48.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Nd48Date, monthsWorked: months, maternity: maternity));

        Assert.Equal(expected, decision.Kind);
    }

    [Fact]
    public void Nd90_PartyDiscipline_CountsOnlyFromNd48()
    {
        EvaluationDecision before = Nd90.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Nd90Date, discipline: Reprimand(new LocalDate(2022, 3, 1))));
        EvaluationDecision after = Nd48.Classify(Graded(CriterionGrade.Good, CriterionGrade.Good, Nd48Date, discipline: Reprimand(new LocalDate(2024, 3, 1))));

        Assert.Equal(EvaluationLevel.Excellent, before.Level);
        Assert.Equal(EvaluationLevel.NotComplete, after.Level);
        Assert.Equal(new RuleCode("ND48.KHT.Discipline"), after.DecidedBy);
    }

    [Theory]
    [InlineData(20, OutcomeKind.Level)]
    [InlineData(21, OutcomeKind.Undetermined)]
    public void Nd90_LateShareEdge_DecidesComplete(int late, OutcomeKind expected)
    {
        EvaluationDecision decision = Nd48.Classify(Graded(CriterionGrade.Average, CriterionGrade.Average, Nd48Date, new TaskCounts(100, 100, 100 - late, 0, late)));

        Assert.Equal(expected, decision.Kind);
        if (expected == OutcomeKind.Undetermined)
        {
            Assert.Equal(new RuleCode("ND90.Gap.NoLevel"), decision.UndeterminedReason);
        }
    }

    [Fact]
    public void Nd90_Collective_HasNoLevel_SoEveryCollectiveIsUndetermined()
    {
        Assert.True(Nd48.Supports(EvaluationRole.Collective));
        Assert.Single(Nd48.LadderFor(EvaluationRole.Collective).Steps);
    }

    [Fact]
    public void Classify_GradedRegimeWithoutGrades_ThrowsNamingGrades()
    {
        EvaluationInput input = Scored(95, on: Qd124Date);

        Assert.Equal("grades", Assert.Throws<EvaluationInputException>(() => Qd124.Classify(input)).ParamName);
    }
}

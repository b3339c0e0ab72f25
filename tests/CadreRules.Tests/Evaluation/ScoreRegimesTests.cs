using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Evaluation.EvaluationTestData;

namespace CadreRules.Tests.Evaluation;

public class ScoreRegimesTests
{
    [Theory]
    [InlineData(EvaluationRegime.Nd335, 89.9, EvaluationLevel.Good)]
    [InlineData(EvaluationRegime.Nd335, 90, EvaluationLevel.Excellent)]
    [InlineData(EvaluationRegime.Nd335, 69.9, EvaluationLevel.Complete)]
    [InlineData(EvaluationRegime.Nd335, 70, EvaluationLevel.Good)]
    [InlineData(EvaluationRegime.Nd335, 49.9, EvaluationLevel.NotComplete)]
    [InlineData(EvaluationRegime.Nd335, 50, EvaluationLevel.Complete)]
    [InlineData(EvaluationRegime.Nd233, 89, EvaluationLevel.Good)]
    [InlineData(EvaluationRegime.Nd233, 90, EvaluationLevel.Excellent)]
    [InlineData(EvaluationRegime.Nd233, 49, EvaluationLevel.NotComplete)]
    public void Classify_ScoreAtBandEdge_GivesBandLevelWithoutExtraConditions(EvaluationRegime regime, double score, EvaluationLevel expected)
    {
        // NĐ 335 Đ20 and NĐ 233 Đ12 state the bands by score alone: no task share is read.
        EvaluationInput input = Scored((decimal)score, new TaskCounts(10, 5, 2, 0, 3, 5), on: Nd335Date);

        Assert.Equal(expected, EvaluationRegulations.Get(regime).Classify(input).Level);
    }

    [Fact]
    public void Classify_CivilServantEitherSideOfNd335Start_SwitchesRegime()
    {
        var lastDay = new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = new LocalDate(2025, 12, 31),
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 5),
            Score = ScoreCard.FromTotal(95),
            Grades = new CriteriaGrades(CriterionGrade.Good, CriterionGrade.Good),
        };
        var firstDay = new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = new LocalDate(2026, 1, 1),
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 5),
            Score = ScoreCard.FromTotal(95),
            Grades = new CriteriaGrades(CriterionGrade.Good, CriterionGrade.Good),
        };

        Assert.Equal(EvaluationRegime.Nd90Amended, EvaluationRegulations.Classify(SubjectKind.CivilServant, lastDay).Regime);
        Assert.Equal(EvaluationRegime.Nd335, EvaluationRegulations.Classify(SubjectKind.CivilServant, firstDay).Regime);
    }

    [Fact]
    public void Classify_Nd233HeadOfUnitRatedGood_IsCappedAtGood()
    {
        var leader = new LeaderFacts(TaskCounts.AllOnTime(10, 5), unitLevel: EvaluationLevel.Good);

        EvaluationDecision decision = EvaluationRegulations.Get(EvaluationRegime.Nd233).Classify(Scored(95, on: Nd233Date, role: EvaluationRole.Leader, leader: leader));

        Assert.Equal(EvaluationLevel.Good, decision.Level);
        Assert.Equal(new RuleCode("ND233.Cap.UnitGood"), decision.CappedBy);
    }

    [Theory]
    [InlineData(5, OutcomeKind.NotRated)]
    [InlineData(6, OutcomeKind.Level)]
    public void Classify_Nd233MonthsWorked_UnderSixNotRated(int months, OutcomeKind expected)
    {
        EvaluationDecision decision = EvaluationRegulations.Get(EvaluationRegime.Nd233).Classify(Scored(80, on: Nd233Date, monthsWorked: months));

        Assert.Equal(expected, decision.Kind);
    }

    [Fact]
    public void Classify_Nd335DutyDiscipline_IsNotComplete()
    {
        EvaluationDecision decision = EvaluationRegulations.Get(EvaluationRegime.Nd335)
            .Classify(Scored(95, on: Nd335Date, discipline: Reprimand(new LocalDate(2026, 3, 1), DisciplineTrack.Administrative)));

        Assert.Equal(EvaluationLevel.NotComplete, decision.Level);
    }
}

using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Evaluation.EvaluationTestData;

namespace CadreRules.Tests.Evaluation;

public class Qd366RegulationTests
{
    private static readonly EvaluationRegulation Qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);

    private static EvaluationRegulation Lenient => WithOverrides(EvaluationRegime.Qd366, ("policy.highScore", ParameterValue.FromChoice(nameof(HighScorePolicy.RateHighestMet))));

    [Theory]
    [InlineData(89, EvaluationLevel.Good)]
    [InlineData(89.99, EvaluationLevel.Good)]
    [InlineData(90, EvaluationLevel.Excellent)]
    [InlineData(69.5, EvaluationLevel.Complete)]
    [InlineData(70, EvaluationLevel.Good)]
    [InlineData(50, EvaluationLevel.Complete)]
    [InlineData(49.99, EvaluationLevel.NotComplete)]
    [InlineData(49, EvaluationLevel.NotComplete)]
    public void Classify_ScoreAtBandEdge_GivesBandLevel(double score, EvaluationLevel expected)
    {
        // Every task on time, 3 of 10 exceeded: every level's conditions hold, so the band decides.
        EvaluationDecision decision = Qd366.Classify(Scored((decimal)score));

        Assert.Equal(OutcomeKind.Level, decision.Kind);
        Assert.Equal(expected, decision.Level);
        Assert.Null(decision.DecidingPolicy);
    }

    [Fact]
    public void Classify_Score49_IsNotCompleteByTheScoreRule()
    {
        Assert.Equal(new RuleCode("QD366.KHT.ScoreBelowMinimum"), Qd366.Classify(Scored(49)).DecidedBy);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public void Classify_ExceededShareEdge_DecidesExcellent(int exceeded, bool excellent)
    {
        EvaluationDecision decision = Qd366.Classify(Scored(95, TaskCounts.AllOnTime(100, exceeded)));

        Assert.Equal(excellent, decision.HasLevel && decision.Level == EvaluationLevel.Excellent);
    }

    [Fact]
    public void Classify_ThreeOfTenExceeded_IsExactlyThirtyPercent()
    {
        Assert.Equal(EvaluationLevel.Excellent, Qd366.Classify(Scored(90, TaskCounts.AllOnTime(10, 3))).Level);
        Assert.Equal(OutcomeKind.Undetermined, Qd366.Classify(Scored(90, TaskCounts.AllOnTime(10, 2))).Kind);
    }

    [Theory]
    [InlineData(20, OutcomeKind.Level)]
    [InlineData(21, OutcomeKind.Undetermined)]
    public void Classify_LateShareEdgeAt60Points_DecidesComplete(int late, OutcomeKind expected)
    {
        EvaluationDecision decision = Qd366.Classify(Scored(60, new TaskCounts(100, 100, 100 - late, 0, late)));

        Assert.Equal(expected, decision.Kind);
        if (expected == OutcomeKind.Level)
        {
            Assert.Equal(EvaluationLevel.Complete, decision.Level);
        }
    }

    [Fact]
    public void Classify_GapExample60PointsNinetyPercentDone_IsUndeterminedWithReason()
    {
        // regulations.md §1.2: 60 points, 9 of 10 tasks done, 1 failed: HTNV needs 100%, and 10% failed triggers no KHT.
        EvaluationDecision decision = Qd366.Classify(Scored(60, new TaskCounts(10, 9, 9, 0, 0, 1)));

        Assert.Equal(OutcomeKind.Undetermined, decision.Kind);
        Assert.Equal(new RuleCode("QD366.Gap.NoLevel"), decision.UndeterminedReason);
        Assert.Null(decision.DecidingPolicy);
        Assert.Equal(OutcomeKind.Undetermined, Lenient.Classify(Scored(60, new TaskCounts(10, 9, 9, 0, 0, 1))).Kind);
    }

    [Fact]
    public void Classify_GapExample92PointsTwentyPercentExceeded_DependsOnNamedPolicy()
    {
        EvaluationInput input = Scored(92, TaskCounts.AllOnTime(10, 2));

        EvaluationDecision strict = Qd366.Classify(input);
        EvaluationDecision lenient = Lenient.Classify(input);

        Assert.Equal(OutcomeKind.Undetermined, strict.Kind);
        Assert.Equal(HighScorePolicy.Undetermined, strict.DecidingPolicy);
        Assert.Equal(EvaluationLevel.Good, lenient.Level);
        Assert.Equal(HighScorePolicy.RateHighestMet, lenient.DecidingPolicy);
    }

    [Fact]
    public void Explain_GapExample_ShowsThePolicyThatDecided()
    {
        Verdict<EvaluationDecision> verdict = Lenient.Explain(Scored(92, TaskCounts.AllOnTime(10, 2)));

        Finding? policy = verdict.Explanation.Find("QD366.Policy.HighScore");
        Assert.NotNull(policy);
        Assert.Equal(FindingStatus.Satisfied, policy.Status);
        Assert.Contains("rate the highest level whose conditions hold", policy.Render(Language.English), System.StringComparison.Ordinal);
        Assert.Contains("xếp mức cao nhất có đủ điều kiện", verdict.ToText(Language.Vietnamese), System.StringComparison.Ordinal);
        Assert.DoesNotContain("RateHighestMet", verdict.ToText(Language.Vietnamese), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ScoreFindings_ShowTheBandsAndTheAdmissionMonths()
    {
        Finding tree = Qd366.Explain(Scored(75, TaskCounts.AllOnTime(10, 3))).Explanation;
        string Band(string code) => tree.Find(code)!.Values.Single(v => v.Name == "band").Format(Language.English);
        Assert.Equal("≥ 90", Band("QD366.HTXS.Score"));
        Assert.Equal("[70; 90)", Band("QD366.HTT.Score"));
        Assert.Equal("[50; 70)", Band("QD366.HTNV.Score"));
        string Months(EvaluationInput input) => Qd366.Explain(input).Explanation.Find("QD366.Excluded.NewMember")!.Values.Single(v => v.Name == "months").Format(Language.English);
        Assert.Equal("-", Months(Scored(75)));
        Assert.Equal("4", Months(Scored(75, admittedOn: EvaluationTestData.Qd366Date.PlusMonths(-4))));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Classify_FailedTasksShare_OverHalfIsNotComplete(int failed, bool kht)
    {
        EvaluationDecision decision = Qd366.Classify(Scored(80, new TaskCounts(10, 10 - failed, 10 - failed, 0, 0, failed)));

        Assert.Equal(kht, decision.DecidedBy == new RuleCode("QD366.KHT.FailedTasks"));
    }

    [Theory]
    [InlineData(5, OutcomeKind.NotRated)]
    [InlineData(6, OutcomeKind.Level)]
    public void Classify_NewMember_NotRatedUnderSixMonths(int months, OutcomeKind expected)
    {
        EvaluationDecision decision = Qd366.Classify(Scored(80, admittedOn: Qd366Date.PlusMonths(-months)));

        Assert.Equal(expected, decision.Kind);
    }

    [Fact]
    public void Classify_SickLeaveFourMonths_HasNoCap()
    {
        // HĐ 43 §7.5: rated on the time actually worked, no cap (unlike HĐ 21).
        Assert.Equal(EvaluationLevel.Excellent, Qd366.Classify(Scored(95, sickLeaveMonths: 4)).Level);
    }

    [Fact]
    public void Classify_DutyReprimandInYear_IsNotComplete_ButLastYearsIsNot()
    {
        EvaluationDecision thisYear = Qd366.Classify(Scored(95, discipline: Reprimand(new LocalDate(2025, 6, 1))));
        EvaluationDecision lastYear = Qd366.Classify(Scored(95, discipline: Reprimand(new LocalDate(2024, 6, 1))));

        Assert.Equal(EvaluationLevel.NotComplete, thisYear.Level);
        Assert.Equal(new RuleCode("QD366.KHT.DutyDiscipline"), thisYear.DecidedBy);
        Assert.Equal(EvaluationLevel.Excellent, lastYear.Level);
    }

    [Fact]
    public void Classify_ShortcomingNotFixed_IsNotExcellent()
    {
        Assert.Equal(OutcomeKind.Undetermined, Qd366.Classify(Scored(95, shortcomingsFound: 2, shortcomingsFixed: 1)).Kind);
        Assert.Equal(EvaluationLevel.Excellent, Qd366.Classify(Scored(95, shortcomingsFound: 2, shortcomingsFixed: 2)).Level);
    }

    [Theory]
    [InlineData(50, false)]
    [InlineData(51, true)]
    public void Classify_LeaderLowConfidenceVotes_OverHalfIsNotComplete(int low, bool kht)
    {
        var leader = new LeaderFacts(TaskCounts.AllOnTime(10, 3), confidenceVotesCast: 100, lowConfidenceVotes: low);

        EvaluationDecision decision = Qd366.Classify(Scored(95, role: EvaluationRole.Leader, leader: leader));

        Assert.Equal(kht ? EvaluationLevel.NotComplete : EvaluationLevel.Excellent, decision.Level);
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(6, true)]
    public void Classify_LeaderUnitCompletion_BelowSeventyPercentIsNotComplete(int completed, bool kht)
    {
        var leader = new LeaderFacts(new TaskCounts(10, completed, completed));

        EvaluationDecision decision = Qd366.Classify(Scored(80, role: EvaluationRole.Leader, leader: leader));

        Assert.Equal(kht, decision.DecidedBy == new RuleCode("QD366.KHT.UnitCompletion"));
    }

    [Fact]
    public void Classify_LeaderMissesOneOfFiveTargets_DependsOnSocioEconomicPolicy()
    {
        var leader = new LeaderFacts(TaskCounts.AllOnTime(10, 3), socioEconomicTargetsMissed: 1, socioEconomicTargetsAssigned: 5);
        EvaluationInput input = Scored(95, role: EvaluationRole.Leader, leader: leader);
        EvaluationRegulation allMissed = WithOverrides(EvaluationRegime.Qd366, ("kht.socioEconomicTargets", ParameterValue.FromChoice(nameof(SocioEconomicTargetsPolicy.AllMissed))));

        Assert.Equal(EvaluationLevel.NotComplete, Qd366.Classify(input).Level);
        Assert.Equal(EvaluationLevel.Excellent, allMissed.Classify(input).Level);
    }

    [Fact]
    public void Classify_CollectiveWithDisciplinedSubordinate_IsNotExcellent()
    {
        var collective = new CollectiveFacts(subordinateUnits: 10, subordinateUnitsDisciplined: 1);

        EvaluationDecision decision = Qd366.Classify(Scored(95, role: EvaluationRole.Collective, collective: collective));

        Assert.Equal(OutcomeKind.Undetermined, decision.Kind);
        Assert.Equal(EvaluationLevel.Good, Lenient.Classify(Scored(95, role: EvaluationRole.Collective, collective: collective)).Level);
    }

    [Fact]
    public void Classify_CollectiveMemberDisciplined_IsNotComplete()
    {
        var collective = new CollectiveFacts(leadershipMembersDisciplined: 1);

        Assert.Equal(EvaluationLevel.NotComplete, Qd366.Classify(Scored(95, role: EvaluationRole.Collective, collective: collective)).Level);
    }

    [Fact]
    public void Explain_Excellent_CitesArticle11AndShowsValues()
    {
        Verdict<EvaluationDecision> verdict = Qd366.Explain(Scored(95, TaskCounts.AllOnTime(10, 3)));

        Assert.Equal(Qd366.Classify(Scored(95, TaskCounts.AllOnTime(10, 3))), verdict.Outcome);
        Finding exceeded = verdict.Explanation.Find("QD366.HTXS.ExceededShare")!;
        Assert.Equal(FindingStatus.Satisfied, exceeded.Status);
        Assert.Contains("Điều 11", exceeded.Citation!.Format(Language.Vietnamese), System.StringComparison.Ordinal);
        Assert.Contains("30,0%", exceeded.Render(Language.Vietnamese), System.StringComparison.Ordinal);
        Assert.Contains("30.0%", exceeded.Render(Language.English), System.StringComparison.Ordinal);
        Assert.Equal("party-eval-qd366", verdict.Regulation!.Id.Value);
    }

    [Fact]
    public void Classify_WithoutScore_ThrowsNamingScore()
    {
        var input = new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = Qd366Date,
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 3),
            Grades = new CriteriaGrades(CriterionGrade.Excellent, CriterionGrade.Excellent),
        };

        Assert.Equal("score", Assert.Throws<EvaluationInputException>(() => Qd366.Classify(input)).ParamName);
    }

    [Fact]
    public void Classify_LeaderWhoseUnitsExceedTooLittle_IsNotExcellent()
    {
        // Own tasks meet every HTXS condition; the units led exceed only 2 of 10.
        var leader = new LeaderFacts(TaskCounts.AllOnTime(10, 2));

        EvaluationDecision decision = Qd366.Classify(Scored(95, TaskCounts.AllOnTime(10, 5), role: EvaluationRole.Leader, leader: leader));

        Assert.Equal(OutcomeKind.Undetermined, decision.Kind);
        Assert.Equal(EvaluationLevel.Good, Lenient.Classify(Scored(95, TaskCounts.AllOnTime(10, 5), role: EvaluationRole.Leader, leader: leader)).Level);
    }
}

using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class EvaluationMitigationTests
{
    private static readonly EvaluationRegulation Qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);

    private static EvaluationInput Disciplined(decimal score, string? mitigation) =>
        new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = EvaluationTestData.Qd366Date,
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 3),
            Score = ScoreCard.FromTotal(score),
            Discipline = EvaluationTestData.Reprimand(new LocalDate(2025, 4, 1)),
            MitigationReason = mitigation,
        };

    [Fact]
    public void Classify_DisciplineWithMitigationClaimed_IsLeftToTheCompetentLevel()
    {
        EvaluationDecision plain = Qd366.Classify(Disciplined(95, null));
        EvaluationDecision mitigated = Qd366.Classify(Disciplined(95, "tự phát hiện, khắc phục xong hậu quả"));

        Assert.Equal(EvaluationLevel.NotComplete, plain.Level);
        Assert.Equal(OutcomeKind.Undetermined, mitigated.Kind);
        Assert.Equal(new RuleCode("QD366.Mitigation.CompetentLevelDecides"), mitigated.UndeterminedReason);
    }

    [Fact]
    public void Classify_ScoreBelow50WithMitigationClaimed_StaysNotComplete()
    {
        Assert.Equal(EvaluationLevel.NotComplete, Qd366.Classify(Disciplined(40, "bất khả kháng")).Level);
    }

    [Fact]
    public void Explain_Mitigation_NamesGroundAndReason()
    {
        Verdict<EvaluationDecision> verdict = Qd366.Explain(Disciplined(95, "bất khả kháng"));

        Finding finding = verdict.Explanation.Find("QD366.Mitigation.CompetentLevelDecides")!;
        Assert.Contains("QD366.KHT.DutyDiscipline", finding.Render(Language.English), System.StringComparison.Ordinal);
        Assert.Contains("bất khả kháng", finding.Render(Language.Vietnamese), System.StringComparison.Ordinal);
        Assert.Equal(Qd366.Classify(Disciplined(95, "bất khả kháng")), verdict.Outcome);
    }

    [Fact]
    public void EvaluationInput_BlankMitigationReason_ThrowsNamingField()
    {
        Assert.Equal("mitigationReason", Assert.Throws<EvaluationInputException>(() => Disciplined(95, " ")).ParamName);
    }

    [Fact]
    public void Classify_Nd233MitigationClaim_OnlyManagersAreLeftToTheCompetentLevel()
    {
        EvaluationRegulation nd233 = EvaluationRegulations.Get(EvaluationRegime.Nd233);
        LocalDate on = EvaluationTestData.Nd233Date;
        var corruption = new LeaderFacts(TaskCounts.AllOnTime(10), corruptionInScopeDisciplined: true);
        var manager = new EvaluationInput
        {
            Year = 2026,
            EvaluatedOn = on,
            Role = EvaluationRole.Leader,
            Tasks = TaskCounts.AllOnTime(10),
            Score = ScoreCard.FromTotal(95),
            Leader = corruption,
            MitigationReason = "chủ động phát hiện, báo cáo",
        };
        var staff = new EvaluationInput
        {
            Year = 2026,
            EvaluatedOn = on,
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10),
            Score = ScoreCard.FromTotal(95),
            Degraded = true,
            MitigationReason = "tự nhận lỗi",
        };

        Assert.Equal(new RuleCode("ND233.Mitigation.CompetentLevelDecides"), nd233.Classify(manager).UndeterminedReason);
        Assert.Equal(EvaluationLevel.NotComplete, nd233.Classify(staff).Level);
    }
}

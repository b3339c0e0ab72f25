using CadreRules.Evaluation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class EvaluationRegulationsTests
{
    [Theory]
    [InlineData(2023, 10, 3, EvaluationRegime.Qd132)]
    [InlineData(2023, 10, 4, EvaluationRegime.Qd124)]
    [InlineData(2025, 8, 29, EvaluationRegime.Qd124)]
    [InlineData(2025, 8, 30, EvaluationRegime.Qd366)]
    [InlineData(2018, 3, 8, EvaluationRegime.Qd132)]
    public void For_PartyMemberAtBoundary_PicksRegimeInForce(int year, int month, int day, EvaluationRegime expected)
    {
        LocalDate date = new(year, month, day);

        Assert.Equal(expected, EvaluationRegulations.For(SubjectKind.PartyMember, date).Regime);
        Assert.Equal(expected, EvaluationRegulations.For(SubjectKind.PartyOrganisation, date).Regime);
        Assert.Equal(expected, ShippedRegulations.Catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, date).Regime);
    }

    [Theory]
    [InlineData(2020, 8, 20, EvaluationRegime.Nd90)]
    [InlineData(2023, 9, 14, EvaluationRegime.Nd90)]
    [InlineData(2023, 9, 15, EvaluationRegime.Nd90Amended)]
    [InlineData(2025, 12, 31, EvaluationRegime.Nd90Amended)]
    [InlineData(2026, 1, 1, EvaluationRegime.Nd335)]
    public void For_CivilServantAtBoundary_PicksRegimeInForce(int year, int month, int day, EvaluationRegime expected)
    {
        LocalDate date = new(year, month, day);

        Assert.Equal(expected, EvaluationRegulations.For(SubjectKind.CivilServant, date).Regime);
        Assert.Equal(expected, ShippedRegulations.Catalog.InForce<EvaluationRegulation>(SubjectKind.CivilServant, date).Regime);
    }

    [Theory]
    [InlineData(2026, 1, 1, EvaluationRegime.Nd90Amended)]
    [InlineData(2026, 6, 30, EvaluationRegime.Nd90Amended)]
    [InlineData(2026, 7, 1, EvaluationRegime.Nd233)]
    public void For_PublicEmployeeAtBoundary_PicksRegimeInForce(int year, int month, int day, EvaluationRegime expected)
    {
        Assert.Equal(expected, EvaluationRegulations.For(SubjectKind.PublicEmployee, new LocalDate(year, month, day)).Regime);
    }

    [Fact]
    public void For_DateBeforeEveryRegime_ThrowsNamingEvaluatedOn()
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => EvaluationRegulations.For(SubjectKind.PartyMember, new LocalDate(2018, 3, 7)));

        Assert.Equal("evaluatedOn", error.ParamName);
    }

    [Fact]
    public void For_KindWithoutRegime_ThrowsNamingKind()
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => EvaluationRegulations.For(SubjectKind.Cadre, new LocalDate(2025, 12, 1)));

        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void Classify_InputDatedOutsideTheRegulation_ThrowsNamingEvaluatedOn()
    {
        EvaluationInput input = EvaluationTestData.Scored(95, on: new LocalDate(2025, 8, 29));

        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => EvaluationRegulations.Get(EvaluationRegime.Qd366).Classify(input));

        Assert.Equal("evaluatedOn", error.ParamName);
    }

    [Fact]
    public void Classify_SameFactsEitherSideOfQd366Start_UsesEachRegime()
    {
        // The same recorded facts evaluated on 29/8/2025 (QĐ 124, grades) and 30/8/2025 (QĐ 366, score).
        var before = new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = new LocalDate(2025, 8, 29),
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 3),
            Score = ScoreCard.FromTotal(95),
            Grades = new CriteriaGrades(CriterionGrade.Good, CriterionGrade.Excellent),
        };
        var after = new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = new LocalDate(2025, 8, 30),
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 3),
            Score = ScoreCard.FromTotal(95),
            Grades = new CriteriaGrades(CriterionGrade.Good, CriterionGrade.Excellent),
        };

        EvaluationDecision under124 = EvaluationRegulations.Classify(SubjectKind.PartyMember, before);
        EvaluationDecision under366 = EvaluationRegulations.Classify(SubjectKind.PartyMember, after);

        // 3 of 10 exceeded: below QĐ 124's 50%, exactly QĐ 366's 30%.
        Assert.Equal(EvaluationRegime.Qd124, under124.Regime);
        Assert.Equal(CadreRules.People.EvaluationLevel.Good, under124.Level);
        Assert.Equal(EvaluationRegime.Qd366, under366.Regime);
        Assert.Equal(CadreRules.People.EvaluationLevel.Excellent, under366.Level);
    }

    [Fact]
    public void All_EveryRegulation_IsAnEvaluationTopicWithMessagesForEveryRule()
    {
        foreach (Regulation regulation in EvaluationRegulations.All)
        {
            Assert.Equal(RegulationTopic.Evaluation, regulation.Topic);
            foreach (RuleDescriptor rule in regulation.Rules)
            {
                LocalizedText? text = CadreRules.Localization.MessageCatalog.Default.Find(rule.Code);
                Assert.NotNull(text);
                Assert.False(string.IsNullOrWhiteSpace(text.Vietnamese), rule.Code.Value);
                Assert.False(string.IsNullOrWhiteSpace(text.English), rule.Code.Value);
                Assert.NotEqual(text.Vietnamese, text.English);
            }
        }
    }

    [Fact]
    public void MessageCatalog_EveryEvaluationTemplate_BelongsToAShippedRule()
    {
        var used = new System.Collections.Generic.HashSet<RuleCode>();
        foreach (Regulation regulation in EvaluationRegulations.All)
        {
            foreach (RuleDescriptor rule in regulation.Rules)
            {
                used.Add(rule.Code);
            }
        }

        foreach (System.Collections.Generic.KeyValuePair<RuleCode, LocalizedText> entry in CadreRules.Evaluation.EvaluationMessages.Entries)
        {
            Assert.Contains(entry.Key, used);
        }
    }
}

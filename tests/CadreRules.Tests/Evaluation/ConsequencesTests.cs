using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class ConsequencesTests
{
    private static EvaluationHistory History(params (int Year, EvaluationLevel? Level)[] records) =>
        EvaluationHistory.Of(records.Select(r => new EvaluationRecord(r.Year, EvaluationTrack.State, r.Level)), EvaluationTrack.State);

    private static readonly EvaluationLevel Kht = EvaluationLevel.NotComplete;

    [Fact]
    public void TwoConsecutiveYears_CivilServantKht2022And2023_IsDismissalUnderArticle58()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2021, EvaluationLevel.Good), (2022, Kht), (2023, Kht)), SubjectKind.CivilServant, new LocalDate(2024, 6, 1));

        Assert.Equal(ConsequenceStatus.Applies, answer.Status);
        Assert.Equal(ConsequenceKind.Dismissal, answer.Kind);
        Assert.Equal([2022, 2023], answer.DecidingYears.ToArray());
        Assert.Equal(58, answer.Citation!.ArticleNumber);
        Assert.Equal(3, answer.Citation.Clause);
    }

    [Fact]
    public void TwoConsecutiveYears_Cadre_IsRemovalUnderArticle29()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2022, Kht), (2023, Kht)), SubjectKind.Cadre, new LocalDate(2024, 6, 1));

        Assert.Equal(ConsequenceKind.RemovalFromOffice, answer.Kind);
        Assert.True(answer.Applies);
        Assert.Equal(29, answer.Citation!.ArticleNumber);
    }

    [Fact]
    public void TwoConsecutiveYears_KhtYearsApart_DoesNotApplyAndListsTheYearsRead()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2021, Kht), (2022, EvaluationLevel.Complete), (2023, Kht)), SubjectKind.CivilServant, new LocalDate(2024, 6, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal([2021, 2023], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void TwoConsecutiveYears_UnratedYearBetween_BreaksTheRun()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2021, Kht), (2022, null), (2023, Kht)), SubjectKind.CivilServant, new LocalDate(2024, 6, 1));

        Assert.False(answer.Applies);
    }

    [Fact]
    public void TwoConsecutiveYears_LaterYearsThanTheDateAsked_AreNotRead()
    {
        EvaluationHistory history = History((2023, Kht), (2024, Kht));

        Assert.False(Consequences.TwoConsecutiveYears(history, SubjectKind.CivilServant, new LocalDate(2023, 12, 31)).Applies);
        Assert.True(Consequences.TwoConsecutiveYears(history, SubjectKind.CivilServant, new LocalDate(2024, 12, 31)).Applies);
    }

    [Theory]
    [InlineData(2020, 6, 30, ConsequenceStatus.Undetermined, "Consequence.Undetermined.BeforeEncodedLaw")]
    [InlineData(2020, 7, 1, ConsequenceStatus.Applies, "CBCC2008.TwoConsecutiveKHT.Dismissal")]
    [InlineData(2025, 6, 30, ConsequenceStatus.Applies, "CBCC2008.TwoConsecutiveKHT.Dismissal")]
    [InlineData(2025, 7, 1, ConsequenceStatus.Undetermined, "Consequence.Undetermined.Transition")]
    [InlineData(2025, 12, 31, ConsequenceStatus.Undetermined, "Consequence.Undetermined.Transition")]
    [InlineData(2026, 1, 1, ConsequenceStatus.DoesNotApply, "ND335.KHT.LowerPositionOrDismissal")]
    public void TwoConsecutiveYears_DateAsked_PicksTheLawInForce(int year, int month, int day, ConsequenceStatus status, string code)
    {
        EvaluationHistory history = History((2018, Kht), (2019, Kht), (2025, EvaluationLevel.Good));

        Consequence answer = Consequences.TwoConsecutiveYears(history, SubjectKind.CivilServant, new LocalDate(year, month, day));

        Assert.Equal(status, answer.Status);
        Assert.Equal(new RuleCode(code), answer.Code);
    }

    [Fact]
    public void TwoConsecutiveYears_UnderNd335LatestYearKht_AppliesWithNewsConfidence()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2025, EvaluationLevel.Good), (2026, Kht)), SubjectKind.CivilServant, new LocalDate(2027, 2, 1));

        Assert.True(answer.Applies);
        Assert.Equal(ConsequenceKind.LowerPositionOrDismissal, answer.Kind);
        Assert.Equal([2026], answer.DecidingYears.ToArray());
        Assert.Equal(Confidence.News, answer.Rule.Confidence);
        Assert.Equal(23, answer.Citation!.ArticleNumber);
    }

    [Fact]
    public void TwoConsecutiveYears_CadreAfter2025_IsUndetermined()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2026, Kht), (2027, Kht)), SubjectKind.Cadre, new LocalDate(2028, 1, 1));

        Assert.Equal(ConsequenceStatus.Undetermined, answer.Status);
        Assert.Equal(new RuleCode("Consequence.Undetermined.Subject"), answer.Code);
    }

    [Fact]
    public void TwoConsecutiveYears_PublicEmployee_IsUndetermined()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2022, Kht), (2023, Kht)), SubjectKind.PublicEmployee, new LocalDate(2024, 1, 1));

        Assert.Equal(ConsequenceStatus.Undetermined, answer.Status);
    }

    [Theory]
    [InlineData(2021, 2023, true)]
    [InlineData(2022, 2023, true)]
    [InlineData(2020, 2023, false)]
    public void TwoYearsWithinThree_Gap_DecidesLowerPosition(int first, int second, bool applies)
    {
        Consequence answer = Consequences.TwoYearsWithinThree(History((first, Kht), (second, Kht)), new LocalDate(2024, 3, 1));

        Assert.Equal(applies, answer.Applies);
        Assert.Equal(ConsequenceKind.LowerPosition, answer.Kind);
        Assert.Equal([first, second], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_TwoKhtYearsInTheTerm_IsReassignment()
    {
        var term = new DateInterval(new LocalDate(2020, 3, 15), new LocalDate(2025, 3, 14));

        Consequence answer = Consequences.InAppointmentTerm(History((2019, Kht), (2021, Kht), (2024, Kht)), term, new LocalDate(2025, 1, 10));

        Assert.True(answer.Applies);
        Assert.Equal(ConsequenceKind.Reassignment, answer.Kind);
        Assert.Equal([2021, 2024], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_OneKhtYearInTheTerm_DoesNotApply()
    {
        var term = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 6, 30));

        Consequence answer = Consequences.InAppointmentTerm(History((2020, Kht), (2022, Kht)), term, new LocalDate(2025, 6, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal([2022], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_TermStartingOnLastDayOfYear_CountsThatYear()
    {
        var term = new DateInterval(new LocalDate(2020, 12, 31), new LocalDate(2025, 6, 30));

        Consequence answer = Consequences.InAppointmentTerm(History((2020, Kht), (2022, Kht)), term, new LocalDate(2025, 6, 1));

        Assert.True(answer.Applies);
    }

    [Fact]
    public void SalaryStepDelay_KhtYearAndReprimand_IsTwelveMonths()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31));
        DisciplineRecord[] discipline = [new(DisciplineForm.Reprimand, DisciplineTrack.Administrative, new LocalDate(2022, 5, 10))];

        Consequence answer = Consequences.SalaryStepDelay(History((2021, Kht), (2022, EvaluationLevel.Good)), discipline, period, new LocalDate(2024, 1, 15), includePartyDiscipline: false);

        Assert.Equal(ConsequenceStatus.Applies, answer.Status);
        Assert.Equal(12, answer.Months);
        Assert.Equal([2021], answer.DecidingYears.ToArray());
        Assert.Single(answer.DecidingDiscipline);
    }

    [Theory]
    [InlineData(DisciplineForm.Reprimand, 6)]
    [InlineData(DisciplineForm.Warning, 6)]
    [InlineData(DisciplineForm.Demotion, 12)]
    [InlineData(DisciplineForm.Dismissal, 12)]
    public void SalaryStepDelay_EachListedForm_AddsItsMonths(DisciplineForm form, int months)
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31));

        Consequence answer = Consequences.SalaryStepDelay(History(), [new DisciplineRecord(form, DisciplineTrack.Administrative, new LocalDate(2023, 12, 31))], period, new LocalDate(2024, 1, 1), false);

        Assert.Equal(months, answer.Months);
    }

    [Fact]
    public void SalaryStepDelay_DecisionOutsideThePeriod_IsNotCounted()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31));

        Consequence answer = Consequences.SalaryStepDelay(History(), [new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Administrative, new LocalDate(2024, 1, 1))], period, new LocalDate(2024, 6, 1), false);

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal(0, answer.Months);
    }

    [Fact]
    public void SalaryStepDelay_PartyDiscipline_CountsOnlyWhenAsked()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31));
        DisciplineRecord[] discipline = [new(DisciplineForm.Warning, DisciplineTrack.Party, new LocalDate(2022, 5, 10))];

        Assert.Equal(0, Consequences.SalaryStepDelay(History(), discipline, period, new LocalDate(2024, 1, 1), false).Months);
        Assert.Equal(6, Consequences.SalaryStepDelay(History(), discipline, period, new LocalDate(2024, 1, 1), true).Months);
    }

    [Fact]
    public void SalaryStepDelay_FormNotListed_IsUndeterminedAndNamesIt()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31));
        DisciplineRecord[] discipline = [new(DisciplineForm.SalaryStepReduction, DisciplineTrack.Administrative, new LocalDate(2022, 5, 10))];

        Consequence answer = Consequences.SalaryStepDelay(History((2021, Kht)), discipline, period, new LocalDate(2024, 1, 1), false);

        Assert.Equal(ConsequenceStatus.Undetermined, answer.Status);
        Assert.Equal(6, answer.Months);
        Assert.Equal(DisciplineForm.SalaryStepReduction, Assert.Single(answer.DecidingDiscipline).Form);
    }

    [Theory]
    [InlineData(14, ConsequenceStatus.Undetermined)]
    [InlineData(15, ConsequenceStatus.Applies)]
    public void SalaryStepDelay_BeforeAndFromTheCircular_FollowsItsStartDate(int day, ConsequenceStatus status)
    {
        var period = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31));

        Consequence answer = Consequences.SalaryStepDelay(History((2012, Kht)), [], period, new LocalDate(2013, 9, day), false);

        Assert.Equal(status, answer.Status);
    }

    [Fact]
    public void SalaryStepDelay_FromCadre_ReadsStateEvaluationsAndDiscipline()
    {
        var cadre = new Cadre(
            "c1",
            Sex.Female,
            BirthDate.OfMonth(1980, 1),
            discipline: [new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, new LocalDate(2022, 3, 1))],
            evaluations: [new EvaluationRecord(2022, EvaluationTrack.State, Kht), new EvaluationRecord(2023, EvaluationTrack.Party, Kht)]);

        Consequence answer = Consequences.SalaryStepDelay(cadre, new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31)), new LocalDate(2024, 1, 1), false);

        Assert.Equal(18, answer.Months);
        Assert.Equal([2022], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void EvaluationHistory_TwoRecordsForOneYear_Throws()
    {
        EvaluationRecord[] records = [new(2022, EvaluationTrack.State, Kht), new(2022, EvaluationTrack.State, EvaluationLevel.Good)];

        ArgumentException error = Assert.Throws<InvalidInputException>(() => EvaluationHistory.Of(records, EvaluationTrack.State));

        Assert.Equal("records", error.ParamName);

        Assert.Contains("2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluationHistory_OtherTrack_IsIgnored()
    {
        EvaluationRecord[] records = [new(2022, EvaluationTrack.Party, Kht), new(2023, EvaluationTrack.State, Kht)];

        EvaluationHistory history = EvaluationHistory.Of(records, EvaluationTrack.State);

        Assert.Equal([2023], history.NotCompleteYears.ToArray());
        Assert.False(history.IsNotComplete(2022));
    }

    [Fact]
    public void Explain_EveryAnswer_RendersInBothLanguagesWithoutPlaceholders()
    {
        EvaluationHistory history = History((2022, Kht), (2023, Kht));
        var term = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2026, 1, 1));
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2026, 1, 1));
        DisciplineRecord[] discipline = [new(DisciplineForm.ForcedResignation, DisciplineTrack.Administrative, new LocalDate(2022, 5, 10))];
        var answers = new List<Consequence>();
        foreach (LocalDate date in new LocalDate[] { new(2013, 1, 1), new(2020, 1, 1), new(2024, 1, 1), new(2025, 8, 1), new(2026, 6, 1) })
        {
            answers.Add(Consequences.TwoConsecutiveYears(history, SubjectKind.CivilServant, date));
            answers.Add(Consequences.TwoConsecutiveYears(history, SubjectKind.Cadre, date));
            answers.Add(Consequences.TwoYearsWithinThree(history, date));
            answers.Add(Consequences.InAppointmentTerm(history, term, date));
            answers.Add(Consequences.SalaryStepDelay(history, [], period, date, false));
            answers.Add(Consequences.SalaryStepDelay(history, discipline, period, date, false));
        }

        Assert.All(answers, a =>
        {
            string vi = a.Explain().ToText(Language.Vietnamese);
            string en = a.Explain().ToText(Language.English);
            Assert.DoesNotContain("{", vi, StringComparison.Ordinal);
            Assert.DoesNotContain("{", en, StringComparison.Ordinal);
            Assert.NotEqual(vi, en);
        });
    }

    // ---- Boundaries of the law in force and of the years read ----

    private static readonly LocalDate Decree335FirstDay = new(2026, 1, 1);

    [Fact]
    public void TwoYearsWithinThree_OnTheFirstDayOfNd335_FollowsNd335()
    {
        Consequence answer = Consequences.TwoYearsWithinThree(History((2023, Kht), (2025, Kht)), Decree335FirstDay);

        Assert.Equal(ConsequenceKind.LowerPositionOrDismissal, answer.Kind);
        Assert.Equal(new RuleCode("ND335.KHT.LowerPositionOrDismissal"), answer.Code);
        Assert.True(answer.Applies);
        Assert.Equal([2025], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_OnTheFirstDayOfNd335_FollowsNd335()
    {
        var term = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2027, 12, 31));

        Consequence answer = Consequences.InAppointmentTerm(History((2023, Kht), (2024, Kht), (2025, EvaluationLevel.Good)), term, Decree335FirstDay);

        Assert.Equal(ConsequenceKind.LowerPositionOrDismissal, answer.Kind);
        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal([2025], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void TwoConsecutiveYears_CadreOnTheFirstDayOfNd335_IsUndetermined()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2024, Kht), (2025, Kht)), SubjectKind.Cadre, Decree335FirstDay);

        Assert.Equal(ConsequenceStatus.Undetermined, answer.Status);
        Assert.Equal(ConsequenceKind.RemovalFromOffice, answer.Kind);
        Assert.Equal(new RuleCode("Consequence.Undetermined.Subject"), answer.Code);
    }

    [Fact]
    public void InAppointmentTerm_TermRunningPastTheDateAsked_ReadsOnlyYearsUpToIt()
    {
        var term = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));

        Consequence answer = Consequences.InAppointmentTerm(History((2022, Kht), (2024, Kht)), term, new LocalDate(2023, 6, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal([2022], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void SalaryStepDelay_PeriodRunningPastTheDateAsked_CountsOnlyKhtYearsUpToIt()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));

        Consequence answer = Consequences.SalaryStepDelay(History((2022, Kht), (2024, Kht)), [], period, new LocalDate(2023, 6, 1), false);

        Assert.Equal(6, answer.Months);
        Assert.Equal([2022], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void SalaryStepDelay_DecisionOnTheDateAsked_IsCounted()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31));
        var asOf = new LocalDate(2024, 3, 15);

        Consequence answer = Consequences.SalaryStepDelay(History(), [new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Administrative, asOf)], period, asOf, false);

        Assert.Equal(ConsequenceStatus.Applies, answer.Status);
        Assert.Equal(6, answer.Months);
    }

    [Fact]
    public void SalaryStepDelay_DecisionAfterTheDateAsked_IsNotCounted()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31));

        Consequence answer = Consequences.SalaryStepDelay(History(), [new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Administrative, new LocalDate(2024, 3, 16))], period, new LocalDate(2024, 3, 15), false);

        Assert.Equal(0, answer.Months);
        Assert.Empty(answer.DecidingDiscipline);
    }

    [Fact]
    public void SalaryStepDelay_NullRecord_ThrowsNamingDiscipline()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31));

        Assert.Throws<ArgumentNullException>("discipline", () => Consequences.SalaryStepDelay(History(), [null!], period, new LocalDate(2024, 3, 15), false));
    }

    [Fact]
    public void SalaryStepDelay_CountedRecords_AreListedByDateThenForm()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31));
        var sameDay = new LocalDate(2023, 4, 2);
        DisciplineRecord[] discipline =
        [
            new(DisciplineForm.Demotion, DisciplineTrack.Administrative, new LocalDate(2024, 1, 5)),
            new(DisciplineForm.Warning, DisciplineTrack.Administrative, sameDay),
            new(DisciplineForm.Reprimand, DisciplineTrack.Administrative, sameDay),
            new(DisciplineForm.Dismissal, DisciplineTrack.Administrative, new LocalDate(2022, 8, 30)),
        ];

        Consequence answer = Consequences.SalaryStepDelay(History(), discipline, period, new LocalDate(2024, 6, 1), false);

        // 12 (cách chức) + 6 (khiển trách) + 6 (cảnh cáo) + 12 (giáng chức).
        Assert.Equal(36, answer.Months);
        Assert.Equal(
            [DisciplineForm.Dismissal, DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Demotion],
            answer.DecidingDiscipline.Select(r => r.Form).ToArray());
    }

    [Fact]
    public void SalaryStepDelay_UncoveredRecords_AreListedByDate()
    {
        var period = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31));
        DisciplineRecord[] discipline =
        [
            new(DisciplineForm.ForcedResignation, DisciplineTrack.Administrative, new LocalDate(2024, 1, 5)),
            new(DisciplineForm.SalaryStepReduction, DisciplineTrack.Administrative, new LocalDate(2022, 1, 5)),
        ];

        Consequence answer = Consequences.SalaryStepDelay(History(), discipline, period, new LocalDate(2024, 6, 1), false);

        Assert.Equal(ConsequenceStatus.Undetermined, answer.Status);
        Assert.Equal([DisciplineForm.SalaryStepReduction, DisciplineForm.ForcedResignation], answer.DecidingDiscipline.Select(r => r.Form).ToArray());
    }

    [Fact]
    public void SalaryStepDelay_NullCadre_ThrowsNamingCadre() =>
        Assert.Throws<ArgumentNullException>("cadre", () => Consequences.SalaryStepDelay((Cadre)null!, new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31)), new LocalDate(2024, 6, 1), false));

    [Fact]
    public void UnderNd335_NoRatedYear_DoesNotApplyAndNamesNoYear()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2025, null)), SubjectKind.CivilServant, new LocalDate(2026, 5, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Empty(answer.DecidingYears);
    }

    [Fact]
    public void UnderNd335_YearsAfterTheDateAsked_AreNotRead()
    {
        Consequence answer = Consequences.TwoConsecutiveYears(History((2025, EvaluationLevel.Good), (2027, Kht)), SubjectKind.CivilServant, new LocalDate(2026, 5, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal([2025], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_UnderNd335TermEndedBeforeTheDateAsked_ReadsTheTermsLastRatedYear()
    {
        var term = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));

        Consequence answer = Consequences.InAppointmentTerm(History((2025, EvaluationLevel.Good), (2026, Kht)), term, new LocalDate(2027, 3, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Equal([2025], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_UnderNd335KhtInTheTermsFirstYear_Applies()
    {
        var term = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2030, 12, 31));

        Consequence answer = Consequences.InAppointmentTerm(History((2025, EvaluationLevel.Good), (2026, Kht)), term, new LocalDate(2027, 2, 1));

        Assert.True(answer.Applies);
        Assert.Equal([2026], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void InAppointmentTerm_UnderNd335LatestKhtBeforeTheTerm_DoesNotApplyAndNamesNoYear()
    {
        var term = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2031, 12, 31));

        Consequence answer = Consequences.InAppointmentTerm(History((2026, Kht)), term, new LocalDate(2027, 6, 1));

        Assert.Equal(ConsequenceStatus.DoesNotApply, answer.Status);
        Assert.Empty(answer.DecidingYears);
    }
}

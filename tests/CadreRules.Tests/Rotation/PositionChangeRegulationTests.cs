using System;
using System.Linq;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rotation;

public class PositionChangeRegulationTests
{
    private static readonly PositionChangeRegulation Regulation = PositionChangeRegulation.Nd59;
    private static readonly LocalDate AsOf = new(2026, 6, 15);

    internal static (Cadre Cadre, PositionHeld Post) Person(int monthsInPost, Sex sex = Sex.Female, int birthYear = 1985)
    {
        var post = new PositionHeld("Kế toán", "Sở Tài chính", OrganisationalLevel.Provincial, AsOf.PlusMonths(-monthsInPost), isLeadership: false);
        var cadre = new Cadre(new CadreId("p1"), sex, BirthDate.OfMonth(birthYear, 3), positions: [post]);
        return (cadre, post);
    }

    private static PositionChangeAssessment Assess(int monthsInPost, string sector = "inspection", Sex sex = Sex.Female, int birthYear = 1985, params DeferralGround[] grounds)
    {
        (Cadre cadre, PositionHeld post) = Person(monthsInPost, sex, birthYear);
        return Regulation.Assess(new PositionChangeCase(cadre, post, sector, AsOf, grounds));
    }

    private static PositionChangeRegulation WithFinancePeriod(int months) => (PositionChangeRegulation)Regulation.WithVariant(new LocalVariant(
        new RegulationId("position-change-test"),
        Regulation.Id,
        new LocalizedText("Thông tư ngành thử", "Test sector circular"),
        Regulation.Reference.Citation,
        EffectivePeriod.From(new LocalDate(2024, 1, 1)),
        new System.Collections.Generic.Dictionary<string, ParameterValue> { ["period.publicFinance"] = ParameterValue.FromInteger(months) }));

    [Theory]
    [InlineData(59, PositionChangeStatus.NotYetDue)]
    [InlineData(60, PositionChangeStatus.Due)]
    public void Assess_InspectionPeriodBoundary_60Months(int months, PositionChangeStatus expected)
    {
        PositionChangeAssessment result = Assess(months);

        Assert.Equal(months, result.MonthsInPost);
        Assert.Equal(expected, result.Status);
        Assert.Equal(AsOf.PlusMonths(-months).PlusMonths(60).PlusDays(-1), result.DueOn);
    }

    [Theory]
    [InlineData(23, PositionChangeStatus.NotYetDue)]
    [InlineData(24, PositionChangeStatus.Due)]
    public void Assess_SectorPeriodAsParameter_23Vs24(int months, PositionChangeStatus expected)
    {
        (Cadre cadre, PositionHeld post) = Person(months);

        Assert.Equal(expected, WithFinancePeriod(24).Assess(new PositionChangeCase(cadre, post, "publicFinance", AsOf)).Status);
    }

    [Fact]
    public void WithVariant_PeriodOutsideTwoToFiveYears_Rejected()
    {
        Assert.Throws<ParameterException>(() => WithFinancePeriod(23));
        Assert.Throws<ParameterException>(() => WithFinancePeriod(61));
    }

    [Theory]
    [InlineData(17, PositionChangeStatus.Exempt)]
    [InlineData(18, PositionChangeStatus.Due)]
    public void Assess_MonthsToRetirementBoundary_Under18IsExempt(int monthsLeft, PositionChangeStatus expected)
    {
        // A woman born 05/1980 retires at 60 (720 months), in 05/2040.
        LocalDate asOf = new LocalDate(2040, 5, 10).PlusMonths(-monthsLeft);
        var post = new PositionHeld("Kế toán", "Sở Tài chính", OrganisationalLevel.Provincial, asOf.PlusMonths(-70), isLeadership: false);
        var cadre = new Cadre(new CadreId("p2"), Sex.Female, BirthDate.OfMonth(1980, 5), positions: [post]);
        Assert.Equal(monthsLeft, RetirementSchedule.For(cadre).MonthsLeftAt(asOf));

        PositionChangeAssessment result = Regulation.Assess(new PositionChangeCase(cadre, post, "inspection", asOf));
        Assert.Equal(expected, result.Status);
        Assert.Equal(new LocalDate(2038, 12, 1), result.ExemptFrom);
        Assert.Equal(17, RetirementSchedule.For(cadre).MonthsLeftAt(result.ExemptFrom));
        Assert.Equal(18, RetirementSchedule.For(cadre).MonthsLeftAt(result.ExemptFrom.PlusDays(-1)));
    }

    [Theory]
    [InlineData(35, PositionChangeStatus.Deferred)]
    [InlineData(36, PositionChangeStatus.Due)]
    public void Assess_ChildAt35Vs36Months(int childMonths, PositionChangeStatus expected)
    {
        LocalDate born = AsOf.PlusMonths(-childMonths);

        PositionChangeAssessment result = Assess(60, grounds: DeferralGround.YoungChild(born));

        Assert.Equal(expected, result.Status);
        if (expected == PositionChangeStatus.Deferred)
        {
            Assert.Equal(born.PlusMonths(36).PlusDays(-1), result.DeferredUntil);
        }
        else
        {
            Assert.Null(result.DeferredUntil);
        }
    }

    [Fact]
    public void Assess_YoungChildGroundForAMan_DoesNotDefer_LoneFatherDoes()
    {
        LocalDate born = AsOf.PlusMonths(-10);

        Assert.Equal(PositionChangeStatus.Due, Assess(60, sex: Sex.Male, grounds: DeferralGround.YoungChild(born)).Status);
        PositionChangeAssessment father = Assess(60, sex: Sex.Male, grounds: DeferralGround.FatherRaisingChildAlone(born));
        Assert.Equal(PositionChangeStatus.Deferred, father.Status);
        Assert.Equal(new LocalDate(2028, 8, 14), father.DeferredUntil);
    }

    [Theory]
    [InlineData(11, PositionChangeStatus.Due)]
    [InlineData(12, PositionChangeStatus.Deferred)]
    public void Assess_FullTimeStudy_TwelveMonthsOrMoreDefers(int studyMonths, PositionChangeStatus expected)
    {
        LocalDate start = AsOf.PlusMonths(-1);
        var study = new DeferralGround(DeferralKind.FullTimeStudy, start, start.PlusMonths(studyMonths).PlusDays(-1));

        Assert.Equal(expected, Assess(60, grounds: study).Status);
    }

    [Fact]
    public void Assess_SeveralGrounds_DeferredUntilLatestKnownEnd_UnknownEndGivesNull()
    {
        var review = new DeferralGround(DeferralKind.DisciplinaryReview, AsOf.PlusDays(-10), AsOf.PlusDays(20));
        var secondment = new DeferralGround(DeferralKind.Secondment, AsOf.PlusDays(-100), AsOf.PlusDays(200));
        var investigation = new DeferralGround(DeferralKind.Investigation, AsOf.PlusDays(-5));

        Assert.Equal(AsOf.PlusDays(200), Assess(60, grounds: [review, secondment]).DeferredUntil);
        PositionChangeAssessment open = Assess(60, grounds: [review, investigation]);
        Assert.Equal(PositionChangeStatus.Deferred, open.Status);
        Assert.Null(open.DeferredUntil);
    }

    [Fact]
    public void Assess_GroundEndedBeforeAsOf_DoesNotDefer()
    {
        var ended = new DeferralGround(DeferralKind.SeriousIllness, AsOf.PlusDays(-100), AsOf.PlusDays(-1));

        Assert.Equal(PositionChangeStatus.Due, Assess(60, grounds: ended).Status);
    }

    [Fact]
    public void Assess_DeferralBeforePeriodReached_NotYetDue()
    {
        Assert.Equal(PositionChangeStatus.NotYetDue, Assess(30, grounds: DeferralGround.YoungChild(AsOf.PlusMonths(-3))).Status);
    }

    [Fact]
    public void Explain_Exempt_CitesArticle39AndMatchesAssess()
    {
        (Cadre cadre, PositionHeld post) = Person(70, Sex.Male, 1964);
        var facts = new PositionChangeCase(cadre, post, "inspection", AsOf);

        Verdict<PositionChangeAssessment> verdict = Regulation.Explain(facts);

        Assert.Equal(Regulation.Assess(facts), verdict.Outcome);
        Assert.Equal(PositionChangeStatus.Exempt, verdict.Outcome.Status);
        Assert.Equal(39, verdict.Explanation.Find(new RuleCode("PositionChange.Exempt"))!.Citation!.ArticleNumber);
    }

    [Fact]
    public void Assess_UnknownSector_ThrowsTypedExceptionNamingSector()
    {
        (Cadre cadre, PositionHeld post) = Person(30);
        var facts = new PositionChangeCase(cadre, post, "astrology", AsOf);

        var ex = Assert.Throws<UnknownSectorException>(() => Regulation.Assess(facts));
        Assert.Equal("sector", ex.ParamName);
        Assert.Equal("astrology", ex.Sector);
        Assert.Throws<UnknownSectorException>(() => Regulation.Explain(facts));
    }

    [Fact]
    public void Constructor_PostNotInRecordOrNotHeld_ThrowsNamingPost()
    {
        (Cadre cadre, PositionHeld post) = Person(30);
        var other = new PositionHeld("Thủ quỹ", "Sở Tài chính", OrganisationalLevel.Provincial, AsOf.PlusMonths(-3));

        Assert.Equal("post", Assert.Throws<InvalidInputException>(() => new PositionChangeCase(cadre, other, "inspection", AsOf)).ParamName);
        Assert.Equal("post", Assert.Throws<InvalidInputException>(() => new PositionChangeCase(cadre, post, "inspection", post.Start.PlusDays(-1))).ParamName);
    }

    [Fact]
    public void DeferralGround_BadDates_ThrowNamingTheField()
    {
        Assert.Equal("end", Assert.Throws<InputOutOfRangeException>(() => new DeferralGround(DeferralKind.Secondment, AsOf, AsOf.PlusDays(-1))).ParamName);
        Assert.Equal("end", Assert.Throws<InvalidInputException>(() => new DeferralGround(DeferralKind.FullTimeStudy, AsOf)).ParamName);
    }

    [Fact]
    public void Messages_EveryFamilyCodeIsTranslated()
    {
        Assert.DoesNotContain(CadreRules.Localization.MessageCatalog.Default.UntranslatedCodes(), c => c.Value.StartsWith("Rotation.", StringComparison.Ordinal) || c.Value.StartsWith("PositionChange.", StringComparison.Ordinal) || c.Value.StartsWith("Appointment.", StringComparison.Ordinal) || c.Value.StartsWith("CommitteeMembership.", StringComparison.Ordinal));
        Assert.Contains(CadreRules.Localization.MessageCatalog.Default.Codes, c => c.Value == "PositionChange.Deferral.YoungChild");
    }

    private static Finding Explained(PositionChangeCase facts, string code) => Regulation.Explain(facts).Explanation.Find(new RuleCode(code))!;

    [Fact]
    public void Constructor_AsOfOnTheBirthDate_Accepted_DayBefore_ThrowsNamingAsOf()
    {
        LocalDate born = new(1985, 3, 1);
        var post = new PositionHeld("Học việc", "Sở Tài chính", OrganisationalLevel.Provincial, born, isLeadership: false);
        var cadre = new Cadre(new CadreId("p3"), Sex.Female, BirthDate.OfMonth(1985, 3), positions: [post]);
        Assert.Equal(born, cadre.BirthDate.Date);

        Assert.Equal(born, new PositionChangeCase(cadre, post, "inspection", born).AsOf);

        // A post held before the birth date, the only way to ask before it, is refused by the cadre itself (issue #17).
        var early = new PositionHeld("Học việc", "Sở Tài chính", OrganisationalLevel.Provincial, born.PlusDays(-10), isLeadership: false);
        Assert.Equal("positions[0].start", Assert.Throws<InputOutOfRangeException>(() => new Cadre(new CadreId("p3"), Sex.Female, BirthDate.OfMonth(1985, 3), positions: [early])).Field);
    }

    [Fact]
    public void Constructor_NullGround_ThrowsNamingDeferrals()
    {
        (Cadre cadre, PositionHeld post) = Person(60);

        var ex = Assert.Throws<ArgumentNullException>(() => new PositionChangeCase(cadre, post, "inspection", AsOf, [DeferralGround.YoungChild(AsOf.PlusMonths(-2)), null!]));

        Assert.Equal("deferrals", ex.ParamName);
    }

    [Fact]
    public void Constructor_GroundsKeptByKindThenStartThenEnd_UnknownEndLast_WhateverTheGivenOrder()
    {
        var reviewLong = new DeferralGround(DeferralKind.DisciplinaryReview, AsOf.PlusDays(-10), AsOf.PlusDays(90));
        var reviewShort = new DeferralGround(DeferralKind.DisciplinaryReview, AsOf.PlusDays(-10), AsOf.PlusDays(30));
        var reviewOpen = new DeferralGround(DeferralKind.DisciplinaryReview, AsOf.PlusDays(-10));
        var reviewEarlier = new DeferralGround(DeferralKind.DisciplinaryReview, AsOf.PlusDays(-40), AsOf.PlusDays(5));
        var secondment = new DeferralGround(DeferralKind.Secondment, AsOf.PlusDays(-100), AsOf.PlusDays(200));
        DeferralGround[] canonical = [reviewEarlier, reviewShort, reviewLong, reviewOpen, secondment];
        Assert.True(DeferralKind.DisciplinaryReview < DeferralKind.Secondment);
        (Cadre cadre, PositionHeld post) = Person(60);

        foreach (DeferralGround[] given in new[] { new[] { secondment, reviewOpen, reviewLong, reviewShort, reviewEarlier }, canonical, new[] { reviewLong, secondment, reviewEarlier, reviewOpen, reviewShort } })
        {
            Assert.Equal(canonical, new PositionChangeCase(cadre, post, "inspection", AsOf, given).Deferrals.ToArray());
        }
    }

    [Fact]
    public void Explain_EachGroundRuleSeesOnlyItsOwnKind()
    {
        var secondment = new DeferralGround(DeferralKind.Secondment, AsOf.PlusDays(-100), AsOf.PlusDays(200));
        (Cadre cadre, PositionHeld post) = Person(60);
        var facts = new PositionChangeCase(cadre, post, "inspection", AsOf, [secondment]);

        Finding own = Explained(facts, "PositionChange.Deferral.Secondment");
        Finding review = Explained(facts, "PositionChange.Deferral.DisciplinaryReview");

        Assert.Equal(FindingStatus.Satisfied, own.Status);
        Assert.Equal(["from", "until", "counts"], own.Values.Select(v => v.Name).ToArray());
        Assert.Equal(secondment.Start, own.Values[0].Value);
        Assert.Equal(secondment.End, own.Values[1].Value);
        Assert.Equal(true, own.Values[2].Value);
        Assert.Equal(FindingStatus.NotSatisfied, review.Status);
        Assert.Empty(review.Values);
    }

    [Fact]
    public void Explain_StudyGroundShowsItsMonths_AndWhetherItCounts()
    {
        LocalDate start = AsOf.PlusMonths(-1);
        var study = new DeferralGround(DeferralKind.FullTimeStudy, start, start.PlusMonths(11).PlusDays(-1));
        (Cadre cadre, PositionHeld post) = Person(60);

        Finding finding = Explained(new PositionChangeCase(cadre, post, "inspection", AsOf, [study]), "PositionChange.Deferral.Study");

        Assert.Equal(["from", "until", "studyMonths", "counts"], finding.Values.Select(v => v.Name).ToArray());
        Assert.Equal(11L, finding.Values[2].Value);
        Assert.Equal(false, finding.Values[3].Value);
        Assert.Equal(FindingStatus.NotSatisfied, finding.Status);
    }

    [Fact]
    public void DeferralGround_OneDayGround_ActiveOnItsFirstAndLastDayOnly()
    {
        var oneDay = new DeferralGround(DeferralKind.SeriousIllness, AsOf, AsOf);
        var twoDays = new DeferralGround(DeferralKind.SeriousIllness, AsOf, AsOf.PlusDays(1));

        Assert.True(oneDay.IsActiveOn(AsOf));
        Assert.False(oneDay.IsActiveOn(AsOf.PlusDays(-1)));
        Assert.False(oneDay.IsActiveOn(AsOf.PlusDays(1)));
        Assert.True(twoDays.IsActiveOn(AsOf));
        Assert.True(twoDays.IsActiveOn(AsOf.PlusDays(1)));
    }

    [Fact]
    public void DeferralGround_UndefinedKind_ThrowsNamingKind()
    {
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new DeferralGround((DeferralKind)99, AsOf, AsOf)).ParamName);
    }

    [Fact]
    public void UnknownSectorException_Constructors_NameTheSectorParameter()
    {
        var plain = new UnknownSectorException();
        var withMessage = new UnknownSectorException("No such sector.");
        var inner = new InvalidOperationException("cause");
        var withInner = new UnknownSectorException("No such sector.", inner);
        var forSector = new UnknownSectorException("astrology", "Known sectors: inspection.");
        var forNull = new UnknownSectorException(null!, "Known sectors: inspection.");

        Assert.StartsWith("Unknown sector.", plain.Message, StringComparison.Ordinal);
        Assert.Equal("sector", plain.ParamName);
        Assert.Equal(string.Empty, plain.Sector);
        Assert.StartsWith("No such sector.", withMessage.Message, StringComparison.Ordinal);
        Assert.Equal("sector", withMessage.ParamName);
        Assert.Equal(string.Empty, withMessage.Sector);
        Assert.Same(inner, withInner.InnerException);
        Assert.Equal(string.Empty, withInner.Sector);
        Assert.Equal("astrology", forSector.Sector);
        Assert.Equal("sector", forSector.ParamName);
        Assert.Equal(string.Empty, forNull.Sector);
    }

    [Fact]
    public void SectorPeriods_AreParametersOfFullTwoToFiveYears_OnlyInspectionConfirmed()
    {
        // Luật PCTN 2018 Đ25 k2: every sector's period is between 24 and 60 months; the shipped default is 60 and only the
        // inspection sector's figure is confirmed by a retrieved text (the others are overridable [U] parameters).
        foreach (string sector in PositionChangeRegulation.Sectors)
        {
            var definition = Assert.IsType<Parameter<int>>(Regulation.Parameters.Schema.Single(p => p.Key == "period." + sector));
            Assert.Equal(60, definition.Default);
            Assert.Equal(sector == "inspection" ? Confidence.Confirmed : Confidence.Unconfirmed, definition.Confidence);
            // The sector in words (tài chính công, public finance), not its key: the key is in the parameter's own key.
            Assert.Contains(CadreRules.Localization.Terms.Sector(sector).Vietnamese, definition.Description.Vietnamese, StringComparison.Ordinal);
            Assert.Contains(CadreRules.Localization.Terms.Sector(sector).English, definition.Description.English, StringComparison.Ordinal);
            Assert.StartsWith("Thời hạn định kỳ", definition.Description.Vietnamese, StringComparison.Ordinal);
            Assert.StartsWith("Period of position change", definition.Description.English, StringComparison.Ordinal);
            Assert.Contains("24", definition.RangeDescription, StringComparison.Ordinal);
            Assert.Contains("60", definition.RangeDescription, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(30, PositionChangeStatus.NotYetDue)]
    [InlineData(60, PositionChangeStatus.Due)]
    [InlineData(0, PositionChangeStatus.NotYetDue)]
    public void Ladder_DecidesALevelForEveryCase_NotYetDueIncluded(int months, PositionChangeStatus expected)
    {
        // The public ladder itself must reach the level (Assess must not owe its answer to the enum's zero value).
        (Cadre cadre, PositionHeld post) = Person(months);
        LadderDecision<PositionChangeStatus> decision = Regulation.Ladder.Decide(new PositionChangeCase(cadre, post, "inspection", AsOf));

        Assert.Equal(OutcomeKind.Level, decision.Kind);
        Assert.Equal(expected, decision.Level);
    }
}

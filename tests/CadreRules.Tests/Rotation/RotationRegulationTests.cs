using System;
using System.Linq;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rotation;

public class RotationRegulationTests
{
    private static readonly LocalDate Start = new(2026, 3, 1);

    // A man born 01/1975 retires at 62 (744 months) in 01/2037: 130 months left in 03/2026.
    internal static Cadre Man(int year = 1975, int month = 1) => new(new CadreId("c1"), Sex.Male, BirthDate.OfMonth(year, month));

    internal static RotationCase Case(
        Cadre? cadre = null,
        LocalDate? start = null,
        int plannedMonths = 36,
        PostComparison comparison = PostComparison.Equivalent,
        bool inPlanning = true,
        bool underReview = false,
        bool outstanding = false,
        bool newTitle = false,
        RotationPurpose purpose = RotationPurpose.Training,
        string? decision = null)
    {
        LocalDate s = start ?? Start;
        return new RotationCase(cadre ?? Man(), s, s.PlusMonths(plannedMonths).PlusDays(-1), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, comparison, inPlanning, underReview, outstanding, newTitle, purpose, decision);
    }

    /// <summary>A man whose months left at <see cref="Start"/> are exactly <paramref name="monthsLeft"/>.</summary>
    internal static Cadre ManWithMonthsLeft(int monthsLeft, LocalDate at)
    {
        // Men born from 04/1966 retire at 744 months; choose the birth month so that the retirement month is at + monthsLeft.
        YearMonth birth = new YearMonth(at.Year, at.Month).PlusMonths(monthsLeft - 744);
        Cadre cadre = new(new CadreId("m"), Sex.Male, BirthDate.OfMonth(birth.Year, birth.Month));
        Assert.Equal(monthsLeft, RetirementSchedule.For(cadre).MonthsLeftAt(at));
        return cadre;
    }

    [Fact]
    public void Assess_AllConditionsMet_Eligible()
    {
        Assert.Equal(RotationOutcome.Eligible, RotationRegulation.Qd65.Assess(Case()));
    }

    [Theory]
    [InlineData(119, RotationOutcome.NotEligible)]
    [InlineData(120, RotationOutcome.Eligible)]
    public void Assess_MonthsLeftBoundary_120Inclusive(int monthsLeft, RotationOutcome expected)
    {
        RotationCase facts = Case(ManWithMonthsLeft(monthsLeft, Start));

        Assert.Equal(monthsLeft, facts.MonthsLeftAtStart);
        Assert.Equal(expected, RotationRegulation.Qd65.Assess(facts));
    }

    [Fact]
    public void Explain_119MonthsWithCompetentLevelDecision_EligibleAndReasonShown()
    {
        RotationCase facts = Case(ManWithMonthsLeft(119, Start), decision: "Ban Thường vụ quyết định trường hợp đặc biệt");

        Verdict<RotationOutcome> verdict = RotationRegulation.Qd65.Explain(facts);

        Assert.Equal(RotationOutcome.Eligible, verdict.Outcome);
        Finding special = verdict.Explanation.Find(new RuleCode("Rotation.ServiceLeft.SpecialCase"))!;
        Assert.Equal(FindingStatus.Satisfied, special.Status);
        Assert.Contains("Ban Thường vụ", special.Render(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(59, RotationOutcome.NotEligible)]
    [InlineData(60, RotationOutcome.Eligible)]
    public void Assess_NonLocalPolicyNeedsATermOnly(int monthsLeft, RotationOutcome expected)
    {
        RotationCase facts = Case(ManWithMonthsLeft(monthsLeft, Start), inPlanning: false, purpose: RotationPurpose.NonLocalPolicy);

        Assert.Equal(expected, RotationRegulation.Qd65.Assess(facts));
    }

    [Fact]
    public void Assess_NotInPlanningForTraining_NotEligibleAndCitesArticle4()
    {
        Verdict<RotationOutcome> verdict = RotationRegulation.Qd65.Explain(Case(inPlanning: false));

        Assert.Equal(RotationOutcome.NotEligible, verdict.Outcome);
        Finding finding = verdict.Explanation.Find(new RuleCode("Rotation.InPlanning"))!;
        Assert.Equal(FindingStatus.NotSatisfied, finding.Status);
        Assert.Equal(4, finding.Citation!.ArticleNumber);
    }

    [Fact]
    public void Assess_UnderDisciplinaryReview_BeforeTheLaw_NotEligible_UnlessParameterOff()
    {
        LocalDate before = new(2025, 6, 30);
        Verdict<RotationOutcome> barred = RotationRegulation.Qd65.Explain(Case(start: before, underReview: true));
        Assert.Equal(RotationOutcome.NotEligible, barred.Outcome);
        Assert.Equal(FindingStatus.NotSatisfied, barred.Explanation.Find(new RuleCode("Rotation.NotUnderDisciplinaryReview"))!.Status);
        Assert.Equal(FindingStatus.NotApplicable, barred.Explanation.Find(new RuleCode("Rotation.NotUnderDisciplinaryReview.Law80"))!.Status);

        Assert.Equal(RotationOutcome.Eligible, RelaxedReview().Assess(Case(start: before, underReview: true)));
    }

    [Fact]
    public void Assess_UnderDisciplinaryReview_FromFirstJuly2025_BarredByLaw80_WhateverTheParameter()
    {
        LocalDate from = new(2025, 7, 1);
        foreach (RotationRegulation regulation in new[] { RotationRegulation.Qd65, RelaxedReview() })
        {
            Verdict<RotationOutcome> verdict = regulation.Explain(Case(start: from, underReview: true));
            Assert.Equal(RotationOutcome.NotEligible, verdict.Outcome);
            Finding law = verdict.Explanation.Find(new RuleCode("Rotation.NotUnderDisciplinaryReview.Law80"))!;
            Assert.Equal(FindingStatus.NotSatisfied, law.Status);
            Assert.Equal(38, law.Citation!.ArticleNumber);
            Assert.Equal(2, law.Citation.Clause);
            Assert.Equal(FindingStatus.NotApplicable, verdict.Explanation.Find(new RuleCode("Rotation.NotUnderDisciplinaryReview"))!.Status);
        }

        Assert.Equal(RotationOutcome.Eligible, RotationRegulation.Qd65.Assess(Case(start: from, underReview: false)));
    }

    private static RotationRegulation RelaxedReview()
    {
        var variant = new LocalVariant(
            new RegulationId("rotation-qd65-test"),
            RotationRegulation.Qd65.Id,
            new LocalizedText("Biến thể thử", "Test variant"),
            RotationRegulation.Qd65.Reference.Citation,
            EffectivePeriod.From(new LocalDate(2024, 1, 1)),
            new System.Collections.Generic.Dictionary<string, ParameterValue> { ["disciplinaryReview.bars"] = ParameterValue.FromBoolean(false) });
        return (RotationRegulation)RotationRegulation.Qd65.WithVariant(variant);
    }

    [Theory]
    [InlineData(PostComparison.Equivalent, false, RotationOutcome.Eligible)]
    [InlineData(PostComparison.Higher, false, RotationOutcome.NotEligible)]
    [InlineData(PostComparison.Higher, true, RotationOutcome.Eligible)]
    [InlineData(PostComparison.Lower, false, RotationOutcome.NotEligible)]
    public void Assess_PostComparison_HigherOnlyWhenOutstanding(PostComparison comparison, bool outstanding, RotationOutcome expected)
    {
        Assert.Equal(expected, RotationRegulation.Qd65.Assess(Case(comparison: comparison, outstanding: outstanding)));
    }

    [Fact]
    public void Assess_NewTitleCreated_NotEligible()
    {
        Assert.Equal(RotationOutcome.NotEligible, RotationRegulation.Qd65.Assess(Case(newTitle: true)));
    }

    [Theory]
    [InlineData(35, RotationOutcome.NotEligible)]
    [InlineData(36, RotationOutcome.Eligible)]
    public void Assess_DurationBoundary_36MonthsInclusive(int months, RotationOutcome expected)
    {
        RotationCase facts = Case(plannedMonths: months);

        Assert.Equal(months, facts.PlannedMonths);
        Assert.Equal(expected, RotationRegulation.Qd65.Assess(facts));
    }

    [Fact]
    public void Explain_DurationCitesNd170FromJuly2025AndNd138Before()
    {
        Finding after = RotationRegulation.Qd65.Explain(Case(start: new LocalDate(2025, 7, 1))).Explanation;
        Finding before = RotationRegulation.Qd65.Explain(Case(ManWithMonthsLeft(200, new LocalDate(2025, 6, 30)), start: new LocalDate(2025, 6, 30))).Explanation;

        Assert.Equal(FindingStatus.Satisfied, after.Find(new RuleCode("Rotation.Duration"))!.Status);
        Assert.Equal(FindingStatus.NotApplicable, after.Find(new RuleCode("Rotation.Duration.Nd138"))!.Status);
        Assert.Equal(48, after.Find(new RuleCode("Rotation.Duration"))!.Citation!.ArticleNumber);
        Assert.Equal(FindingStatus.NotApplicable, before.Find(new RuleCode("Rotation.Duration"))!.Status);
        Assert.Equal(FindingStatus.Satisfied, before.Find(new RuleCode("Rotation.Duration.Nd138"))!.Status);
    }

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingPlannedEnd()
    {
        var ex = Assert.Throws<InputOutOfRangeException>(() => new RotationCase(
            Man(), Start, Start.PlusDays(-1), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true));

        Assert.Equal("plannedEnd", ex.ParamName);
    }

    [Theory]
    [InlineData(OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, RotationDirection.Downward)]
    [InlineData(OrganisationalLevel.Commune, OrganisationalLevel.Provincial, false, RotationDirection.Upward)]
    [InlineData(OrganisationalLevel.Commune, OrganisationalLevel.Commune, false, RotationDirection.BetweenLocalities)]
    [InlineData(OrganisationalLevel.Provincial, OrganisationalLevel.Provincial, true, RotationDirection.BetweenAgencies)]
    public void Classify_Directions(OrganisationalLevel from, OrganisationalLevel to, bool sameLocality, RotationDirection expected)
    {
        Assert.Equal(expected, RotationCase.Classify(from, to, sameLocality));
    }

    [Fact]
    public void Catalog_PicksQd98Before28April2022AndQd65From()
    {
        Regulation before = ShippedRegulations.Catalog.InForce(RegulationTopic.Rotation, SubjectKind.Cadre, new LocalDate(2022, 4, 27));
        Regulation from = ShippedRegulations.Catalog.InForce(RegulationTopic.Rotation, SubjectKind.Cadre, new LocalDate(2022, 4, 28));

        Assert.Same(RotationRegulation.Qd98, before);
        Assert.Same(RotationRegulation.Qd65, from);
        Assert.Equal(5, RotationRegulation.Qd98.Explain(Case()).Explanation.Find(new RuleCode("Rotation.ServiceLeft"))!.Citation!.ArticleNumber);
    }

    [Fact]
    public void Rules_EveryShippedRuleHasACitationAndTemplates()
    {
        foreach (RuleDescriptor descriptor in RotationRegulation.Qd65.Rules.Concat(PositionChangeRegulation.Nd59.Rules))
        {
            Assert.NotNull(descriptor.Citation);
            Assert.NotEqual(descriptor.Text.Vietnamese, descriptor.Text.English);
        }
    }

    private static object? ValueOf(Finding finding, string name) => finding.Values.Single(v => v.Name == name).Value;

    [Fact]
    public void Constructor_StartOnTheBirthDate_Accepted_DayBefore_ThrowsNamingStart()
    {
        Cadre cadre = Man();
        LocalDate born = cadre.BirthDate.Date;

        RotationCase onBirthDate = new(cadre, born, born, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true);
        var ex = Assert.Throws<InputOutOfRangeException>(() => new RotationCase(
            cadre, born.PlusDays(-1), born, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true));

        Assert.Equal(born, onBirthDate.Start);
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedEnum_ThrowsNamingTheArgument()
    {
        var bad = (OrganisationalLevel)99;

        Assert.Equal("fromLevel", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RotationCase(Man(), Start, Start.PlusMonths(36), bad, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true)).ParamName);
        Assert.Equal("toLevel", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RotationCase(Man(), Start, Start.PlusMonths(36), OrganisationalLevel.Provincial, bad, false, PostComparison.Equivalent, true)).ParamName);
        Assert.Equal("comparison", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RotationCase(Man(), Start, Start.PlusMonths(36), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, (PostComparison)99, true)).ParamName);
        Assert.Equal("purpose", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RotationCase(Man(), Start, Start.PlusMonths(36), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true, purpose: (RotationPurpose)99)).ParamName);
    }

    [Fact]
    public void Constructor_SeveralUndefinedEnums_NamesTheFirstInParameterOrder()
    {
        // The level checks come before the comparison and purpose checks, so the first bad argument is the one named.
        Assert.Equal("fromLevel", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RotationCase(Man(), Start, Start.PlusMonths(36), (OrganisationalLevel)99, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true, purpose: (RotationPurpose)99)).ParamName);
        Assert.Equal("toLevel", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new RotationCase(Man(), Start, Start.PlusMonths(36), OrganisationalLevel.Provincial, (OrganisationalLevel)99, false, (PostComparison)99, true)).ParamName);
    }

    [Theory]
    [InlineData(99, 3, "fromLevel")]
    [InlineData(3, 99, "toLevel")]
    public void Classify_UndefinedLevel_ThrowsNamingIt(int from, int to, string expected)
    {
        var ex = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => RotationCase.Classify((OrganisationalLevel)from, (OrganisationalLevel)to, false));

        Assert.Equal(expected, ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankCompetentLevelDecision_IsNoDecision(string decision)
    {
        RotationCase facts = Case(ManWithMonthsLeft(119, Start), decision: decision);

        Assert.Null(facts.CompetentLevelDecision);
        Assert.Equal(RotationOutcome.NotEligible, RotationRegulation.Qd65.Assess(facts));
    }

    [Theory]
    [InlineData(RotationPurpose.Training, 120L)]
    [InlineData(RotationPurpose.NonLocalPolicy, 60L)]
    public void Explain_ServiceLeftShowsTheMinimumForThePurpose(RotationPurpose purpose, long expectedMinimum)
    {
        // QĐ 65 Điều 5 khoản 2: 10 years for a training rotation; an appointment term (60 months) for the policies.
        Finding serviceLeft = RotationRegulation.Qd65.Explain(Case(purpose: purpose)).Explanation.Find(new RuleCode("Rotation.ServiceLeft"))!;

        Assert.Equal(expectedMinimum, ValueOf(serviceLeft, "minMonths"));
        Assert.Equal(130L, ValueOf(serviceLeft, "monthsLeft"));
    }

    [Fact]
    public void Explain_NoCompetentLevelDecision_SpecialCaseNotApplicableWithDashReason()
    {
        Finding? special = RotationRegulation.Qd65.Explain(Case(ManWithMonthsLeft(119, Start))).Explanation.Find(new RuleCode("Rotation.ServiceLeft.SpecialCase"));

        Assert.NotNull(special);
        Assert.Equal(FindingStatus.NotApplicable, special.Status);
        Assert.Equal("-", ValueOf(special, "reason"));
    }

    [Fact]
    public void AssessAndExplain_NullFacts_ThrowNamingFacts()
    {
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => RotationRegulation.Qd65.Assess(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => RotationRegulation.Qd65.Explain(null!)).ParamName);
    }

    [Fact]
    public void Catalogue_ListsRotationThenPositionChangeRegulations()
    {
        Regulation[] expected = [RotationRegulation.Qd98, RotationRegulation.Qd65, PositionChangeRegulation.Nd59, MovementRegulation.Nd170];

        Assert.Equal(expected, RotationRegulations.All.ToArray());
    }

    [Fact]
    public void Catalogue_ListsAppointmentThenCommitteeMembershipRegulations()
    {
        Regulation[] expected = [.. CadreRules.Appointment.AppointmentRegulation.All, CadreRules.Appointment.CommitteeMembershipRegulation.Ct45];

        Assert.Equal(expected, CadreRules.Appointment.AppointmentRegulations.All.ToArray());
    }
}

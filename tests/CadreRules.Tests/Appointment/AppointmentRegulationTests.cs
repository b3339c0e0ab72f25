using System;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Appointment;

public class AppointmentRegulationTests
{
    private static readonly LocalDate Dossier = new(2026, 3, 10);

    /// <summary>A man born 04/1980 (retires at 62 in 04/2042) holding a post since <paramref name="postStart"/>.</summary>
    internal static (Cadre Cadre, PositionHeld Post) Holder(LocalDate postStart, int birthYear = 1980, int birthMonth = 4)
    {
        var post = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, postStart);
        return (new Cadre(new CadreId("a1"), Sex.Male, BirthDate.OfMonth(birthYear, birthMonth), positions: [post]), post);
    }

    /// <summary>A man whose working time left in the month of <paramref name="at"/> is exactly <paramref name="monthsLeft"/>.</summary>
    internal static Cadre ManWithMonthsLeft(int monthsLeft, LocalDate at, params PositionHeld[] posts)
    {
        YearMonth birth = new YearMonth(at.Year, at.Month).PlusMonths(monthsLeft - 744);
        var cadre = new Cadre(new CadreId("m"), Sex.Male, BirthDate.OfMonth(birth.Year, birth.Month), positions: posts);
        Assert.Equal(monthsLeft, RetirementSchedule.For(cadre).MonthsLeftAt(at));
        return cadre;
    }

    [Theory]
    [InlineData(7, AppointmentOutcome.Eligible)]
    [InlineData(8, AppointmentOutcome.Eligible)]
    [InlineData(9, AppointmentOutcome.NotEligible)]
    public void Assess_Hd06WorkedExample_ManBornFebruary1965(int dossierMonth, AppointmentOutcome expected)
    {
        // HĐ 06-HD/BTCTW: born 02/1965, retirement age 61y6m; dossier received in 08/2021 → exactly 60 months → eligible.
        var cadre = new Cadre(new CadreId("hd06"), Sex.Male, BirthDate.OfMonth(1965, 2));
        var facts = new AppointmentCase(cadre, AppointmentKind.First, new LocalDate(2021, dossierMonth, 20), isPlanned: true);

        // Dossiers of 07/2021 fall under QĐ 105 with Luật 52, of 08/2021 and 09/2021 under QĐ 105 with HĐ 06; QĐ 80 keeps the same age rule.
        var inForce = (AppointmentRegulation)ShippedRegulations.Catalog.InForce(RegulationTopic.Appointment, SubjectKind.Cadre, facts.DossierReceivedOn);
        Verdict<AppointmentAssessment> verdict = (dossierMonth == 7 ? AppointmentRegulation.Qd105Hd06 : inForce).Explain(facts);

        Assert.Equal(dossierMonth == 7 ? "appointment-qd105-law52" : "appointment-qd105-hd06", inForce.Reference.Id.Value);
        Assert.Equal(68 - dossierMonth, facts.MonthsLeft);
        Assert.Equal(expected, verdict.Outcome.Outcome);
        Assert.Equal(expected, inForce.Assess(facts).Outcome);
        Assert.Equal(AppointmentRegulation.Qd80.Assess(facts), verdict.Outcome);
        Assert.Equal("1.2", verdict.Explanation.Find(new RuleCode("Appointment.Age"))!.Citation!.Section);
    }

    [Theory]
    [InlineData(59, AppointmentOutcome.NotEligible)]
    [InlineData(60, AppointmentOutcome.Eligible)]
    public void Assess_AgeBoundary_60Inclusive(int monthsLeft, AppointmentOutcome expected)
    {
        var facts = new AppointmentCase(ManWithMonthsLeft(monthsLeft, Dossier), AppointmentKind.First, Dossier, true);

        Assert.Equal(expected, AppointmentRegulation.Qd377.Assess(facts).Outcome);
    }

    [Theory]
    [InlineData(47, AppointmentOutcome.NotEligible)]
    [InlineData(48, AppointmentOutcome.Eligible)]
    public void Assess_Qd377SpecialAgeCase_48WithDecision(int monthsLeft, AppointmentOutcome expected)
    {
        var facts = new AppointmentCase(ManWithMonthsLeft(monthsLeft, Dossier), AppointmentKind.First, Dossier, true, ageSpecialCaseDecision: "Ban Thường vụ Tỉnh ủy quyết định");

        Assert.Equal(expected, AppointmentRegulation.Qd377.Assess(facts).Outcome);
        Assert.Equal(AppointmentOutcome.NotEligible, AppointmentRegulation.Qd80.Assess(facts).Outcome);
    }

    [Fact]
    public void Assess_EquivalentPost_AgeNotApplied()
    {
        LocalDate start = Dossier.PlusMonths(-30);
        var post = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, start);
        var cadre = new Cadre(new CadreId("old"), Sex.Male, BirthDate.OfMonth(1964, 6), positions: [post]);
        var facts = new AppointmentCase(cadre, AppointmentKind.EquivalentOrLower, Dossier, true, post);
        Assert.True(facts.MonthsLeft < 60);

        Verdict<AppointmentAssessment> verdict = AppointmentRegulation.Qd377.Explain(facts);

        Assert.Equal(AppointmentOutcome.Eligible, verdict.Outcome.Outcome);
        Assert.Equal(FindingStatus.NotApplicable, verdict.Explanation.Find(new RuleCode("Appointment.Age"))!.Status);
    }

    [Theory]
    [InlineData(23, AppointmentOutcome.NotEligible)]
    [InlineData(24, AppointmentOutcome.Eligible)]
    public void Assess_Qd80TimeInPost_23Vs24(int months, AppointmentOutcome expected)
    {
        LocalDate dossier = new(2024, 6, 10);
        (Cadre cadre, PositionHeld post) = Holder(dossier.PlusMonths(-months).PlusDays(1));
        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, dossier, true, post);

        AppointmentAssessment result = AppointmentRegulation.Qd80.Assess(facts);

        Assert.Equal(months, facts.MonthsInPost);
        Assert.Equal(expected, result.Outcome);
        if (expected == AppointmentOutcome.NotEligible)
        {
            Assert.Equal(post.Start.PlusMonths(24).PlusDays(-1), result.TimeInPostReachedOn);
            Assert.Equal(24, post.MonthsInPostAt(result.TimeInPostReachedOn!.Value));
        }
    }

    [Theory]
    [InlineData(11, AppointmentOutcome.NotEligible)]
    [InlineData(12, AppointmentOutcome.Eligible)]
    public void Assess_Qd377TimeInPost_11Vs12(int months, AppointmentOutcome expected)
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-months).PlusDays(1));

        Assert.Equal(expected, AppointmentRegulation.Qd377.Assess(new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post)).Outcome);
    }

    [Fact]
    public void Assess_Qd377StructuralSeatOrDecision_LiftsTimeInPost_Qd80DoesNot()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-5));
        var seat = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post, forStructuralCommitteeSeat: true);
        var decided = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post, timeInPostDecision: "Đánh giá toàn diện, cấp ủy quyết định");

        Assert.Equal(AppointmentOutcome.Eligible, AppointmentRegulation.Qd377.Assess(seat).Outcome);
        Assert.Equal(AppointmentOutcome.Eligible, AppointmentRegulation.Qd377.Assess(decided).Outcome);
        Assert.Equal(AppointmentOutcome.NotEligible, AppointmentRegulation.Qd80.Assess(seat).Outcome);
    }

    [Fact]
    public void Assess_EquivalentPostsAddUp()
    {
        var earlier = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, Dossier.PlusMonths(-30), Dossier.PlusMonths(-18).PlusDays(-1));
        var current = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, Dossier.PlusMonths(-18));
        var cadre = new Cadre(new CadreId("e"), Sex.Female, BirthDate.OfMonth(1985, 1), positions: [earlier, current]);

        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, current, [earlier]);

        Assert.Equal(30, facts.MonthsInPost);
        Assert.Equal(AppointmentOutcome.Eligible, AppointmentRegulation.Qd80.Assess(facts).Outcome);
    }

    [Fact]
    public void Constructor_OverlappingEquivalentPost_ThrowsNamingEquivalentPosts()
    {
        var earlier = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, Dossier.PlusMonths(-30), Dossier.PlusMonths(-10));
        var current = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, Dossier.PlusMonths(-18));
        var cadre = new Cadre(new CadreId("e"), Sex.Female, BirthDate.OfMonth(1985, 1), positions: [earlier, current]);

        var ex = Assert.Throws<InvalidInputException>(() => new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, current, [earlier]));
        Assert.Equal("equivalentPosts", ex.ParamName);
    }

    [Theory]
    [InlineData(DisciplineForm.Reprimand, 11, AppointmentOutcome.NotEligible)]
    [InlineData(DisciplineForm.Reprimand, 12, AppointmentOutcome.Eligible)]
    [InlineData(DisciplineForm.Warning, 11, AppointmentOutcome.NotEligible)]
    [InlineData(DisciplineForm.SalaryStepReduction, 12, AppointmentOutcome.Eligible)]
    [InlineData(DisciplineForm.Demotion, 23, AppointmentOutcome.NotEligible)]
    [InlineData(DisciplineForm.Demotion, 24, AppointmentOutcome.Eligible)]
    [InlineData(DisciplineForm.Dismissal, 23, AppointmentOutcome.NotEligible)]
    [InlineData(DisciplineForm.Dismissal, 24, AppointmentOutcome.Eligible)]
    public void Assess_DisciplineBars_12And24Months(DisciplineForm form, int monthsAgo, AppointmentOutcome expected)
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));
        LocalDate decided = Dossier.PlusMonths(-monthsAgo);
        cadre = cadre.WithDiscipline([new DisciplineRecord(form, DisciplineTrack.Administrative, decided)]);

        AppointmentAssessment result = AppointmentRegulation.Qd377.Assess(new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post));

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(expected == AppointmentOutcome.Eligible ? null : decided.PlusMonths(form >= DisciplineForm.Demotion ? 24 : 12), result.DisciplineBarEndsOn);
    }

    [Fact]
    public void Assess_KhtInLatestYear_NotEligible_KhtFourYearsAgo_Eligible()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));
        Cadre latest = cadre.WithEvaluations([new EvaluationRecord(2025, EvaluationTrack.State, EvaluationLevel.NotComplete), new EvaluationRecord(2024, EvaluationTrack.State, EvaluationLevel.Good)]);
        Cadre old = cadre.WithEvaluations([new EvaluationRecord(2022, EvaluationTrack.Party, EvaluationLevel.NotComplete), new EvaluationRecord(2025, EvaluationTrack.Party, EvaluationLevel.Good)]);

        Verdict<AppointmentAssessment> verdict = AppointmentRegulation.Qd377.Explain(new AppointmentCase(latest, AppointmentKind.Higher, Dossier, true, post));

        Assert.Equal(AppointmentOutcome.NotEligible, verdict.Outcome.Outcome);
        Assert.Contains("2025", verdict.Explanation.Find(new RuleCode("Appointment.Evaluation"))!.Render(Language.Vietnamese), StringComparison.Ordinal);
        Assert.Equal(AppointmentOutcome.Eligible, AppointmentRegulation.Qd377.Assess(new AppointmentCase(old, AppointmentKind.Higher, Dossier, true, post)).Outcome);
    }

    [Fact]
    public void Assess_NotPlanned_NotEligible()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));

        Assert.Equal(AppointmentOutcome.NotEligible, AppointmentRegulation.Qd377.Assess(new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, false, post)).Outcome);
    }

    [Fact]
    public void Catalog_PicksQd80Until7October2025AndQd377From8October()
    {
        Assert.Same(AppointmentRegulation.Qd80, ShippedRegulations.Catalog.InForce(RegulationTopic.Appointment, SubjectKind.Cadre, new LocalDate(2025, 10, 7)));
        Assert.Same(AppointmentRegulation.Qd377, ShippedRegulations.Catalog.InForce(RegulationTopic.Appointment, SubjectKind.Cadre, new LocalDate(2025, 10, 8)));
        Assert.Same(AppointmentRegulation.Nd85, ShippedRegulations.Catalog.InForce(RegulationTopic.Appointment, SubjectKind.PublicEmployee, new LocalDate(2026, 1, 1)));
        Assert.Equal(24, AppointmentRegulation.Nd85.MinMonthsInPost);
    }

    [Fact]
    public void Rules_EveryRuleHasACitation()
    {
        foreach (AppointmentRegulation regulation in AppointmentRegulation.All)
        {
            Assert.All(regulation.Rules, d => Assert.NotNull(d.Citation));
        }
    }

    [Theory]
    [InlineData(2025, 10, 7, AppointmentOutcome.NotEligible)]
    [InlineData(2025, 10, 8, AppointmentOutcome.Eligible)]
    public void Assess_RegimeInForceOnTheDossierDate_20MonthsInPost(int year, int month, int day, AppointmentOutcome expected)
    {
        // 20 months in post: short of QĐ 80's 24 months, enough for QĐ 377's 12 months from 08/10/2025.
        var dossier = new LocalDate(year, month, day);
        (Cadre cadre, PositionHeld post) = Holder(dossier.PlusMonths(-20).PlusDays(1));
        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, dossier, true, post);

        AppointmentRegulation regulation = ShippedRegulations.Catalog.InForce<AppointmentRegulation>(SubjectKind.Cadre, dossier);

        Assert.Equal(20, facts.MonthsInPost);
        Assert.Equal(expected, regulation.Assess(facts).Outcome);
    }

    private static object? ValueOf(Finding finding, string name) => finding.Values.Single(v => v.Name == name).Value;

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));

        Assert.Equal("kind", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new AppointmentCase(cadre, (AppointmentKind)99, Dossier, true, post)).ParamName);
    }

    [Fact]
    public void Constructor_DossierOnTheBirthDate_Accepted_DayBefore_ThrowsNamingDossierDate()
    {
        var cadre = new Cadre(new CadreId("b"), Sex.Male, BirthDate.OfMonth(1990, 5));
        LocalDate born = cadre.BirthDate.Date;

        Assert.Equal(born, new AppointmentCase(cadre, AppointmentKind.First, born, true).DossierReceivedOn);
        Assert.Equal("dossierReceivedOn", Assert.Throws<InputOutOfRangeException>(() => new AppointmentCase(cadre, AppointmentKind.First, born.PlusDays(-1), true)).ParamName);
    }

    [Fact]
    public void Constructor_BadEquivalentPost_ThrowsNamingEquivalentPosts()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));
        var notInRecord = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, Dossier.PlusMonths(-60), Dossier.PlusMonths(-50));

        Assert.Equal("equivalentPosts", Assert.Throws<ArgumentNullException>(() => new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post, [null!])).ParamName);
        Assert.Equal("equivalentPosts", Assert.Throws<InvalidInputException>(() => new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post, [notInRecord])).ParamName);
    }

    [Fact]
    public void Constructor_PostStartingAfterTheDossierDate_ThrowsNamingTheField()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusDays(1));
        var later = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, Dossier.PlusDays(1));
        Cadre both = cadre.WithPositions([post, later]);
        (Cadre onTime, PositionHeld today) = Holder(Dossier);

        Assert.Equal("currentPost", Assert.Throws<InvalidInputException>(() => new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post)).ParamName);
        Assert.Equal("equivalentPosts", Assert.Throws<InvalidInputException>(() => new AppointmentCase(both, AppointmentKind.Higher, Dossier, true, null, [later])).ParamName);
        Assert.Equal(0, new AppointmentCase(onTime, AppointmentKind.Higher, Dossier, true, today).MonthsInPost);
    }

    [Fact]
    public void Constructor_EquivalentPostsKeptByStartDate()
    {
        var first = new PositionHeld("Trưởng phòng", "Sở Tư pháp", OrganisationalLevel.Provincial, Dossier.PlusMonths(-50), Dossier.PlusMonths(-40).PlusDays(-1));
        var second = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, Dossier.PlusMonths(-40), Dossier.PlusMonths(-30).PlusDays(-1));
        var cadre = new Cadre(new CadreId("e"), Sex.Female, BirthDate.OfMonth(1985, 1), positions: [first, second]);

        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, null, [second, first]);

        Assert.Equal([first, second], facts.EquivalentPosts.ToArray());
        Assert.Equal(20, facts.MonthsInPost);
    }

    [Fact]
    public void Constructor_PostsMeetingOnOneDay_Overlap_PostsOneDayApart_DoNot()
    {
        // End dates are inclusive: a post ending on the day the next starts shares that day.
        LocalDate day = Dossier.PlusMonths(-20);
        var endsOnDay = new PositionHeld("Trưởng phòng", "Sở Tư pháp", OrganisationalLevel.Provincial, Dossier.PlusMonths(-40), day);
        var endsDayBefore = new PositionHeld("Trưởng phòng", "Sở Tư pháp", OrganisationalLevel.Provincial, Dossier.PlusMonths(-40), day.PlusDays(-1));
        var closedFromDay = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, day, Dossier.PlusMonths(-5));
        var currentFromDay = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, day);
        Cadre Of(params PositionHeld[] posts) => new(new CadreId("o"), Sex.Female, BirthDate.OfMonth(1985, 1), positions: posts);

        Assert.Equal("equivalentPosts", Assert.Throws<InvalidInputException>(() => new AppointmentCase(Of(endsOnDay, currentFromDay), AppointmentKind.Higher, Dossier, true, currentFromDay, [endsOnDay])).ParamName);
        Assert.Equal("equivalentPosts", Assert.Throws<InvalidInputException>(() => new AppointmentCase(Of(endsOnDay, closedFromDay), AppointmentKind.Higher, Dossier, true, null, [endsOnDay, closedFromDay])).ParamName);
        Assert.Equal(35, new AppointmentCase(Of(endsDayBefore, closedFromDay), AppointmentKind.Higher, Dossier, true, null, [endsDayBefore, closedFromDay]).MonthsInPost);
        Assert.Equal(40, new AppointmentCase(Of(endsDayBefore, currentFromDay), AppointmentKind.Higher, Dossier, true, currentFromDay, [endsDayBefore]).MonthsInPost);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankDecisions_AreNoDecision(string blank)
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-5));

        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post, timeInPostDecision: blank, ageSpecialCaseDecision: blank);

        Assert.Null(facts.TimeInPostDecision);
        Assert.Null(facts.AgeSpecialCaseDecision);
        Assert.Equal(AppointmentOutcome.NotEligible, AppointmentRegulation.Qd377.Assess(facts).Outcome);
    }

    [Fact]
    public void Explain_NoDecisionsNoKht_ReasonsAndYearShownAsDash()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));

        Finding explanation = AppointmentRegulation.Qd377.Explain(new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post)).Explanation;

        Assert.Equal("-", ValueOf(explanation.Find(new RuleCode("Appointment.TimeInPost.Exception"))!, "reason"));
        Assert.Equal("-", ValueOf(explanation.Find(new RuleCode("Appointment.Age.SpecialCase"))!, "reason"));
        Finding evaluation = explanation.Find(new RuleCode("Appointment.Evaluation"))!;
        Assert.Equal("-", ValueOf(evaluation, "khtYear"));
        Assert.Equal(3L, ValueOf(evaluation, "years"));
    }

    [Fact]
    public void Explain_SpecialAgeCaseOnlyBelow60Months()
    {
        // QĐ 377 Điều 34: 60 months left meets the ordinary condition; the 48-month special case is for fewer than 60.
        const string decision = "Ban Thường vụ Tỉnh ủy quyết định";
        Finding at60 = AppointmentRegulation.Qd377.Explain(new AppointmentCase(ManWithMonthsLeft(60, Dossier), AppointmentKind.First, Dossier, true, ageSpecialCaseDecision: decision)).Explanation.Find(new RuleCode("Appointment.Age.SpecialCase"))!;
        Finding at59 = AppointmentRegulation.Qd377.Explain(new AppointmentCase(ManWithMonthsLeft(59, Dossier), AppointmentKind.First, Dossier, true, ageSpecialCaseDecision: decision)).Explanation.Find(new RuleCode("Appointment.Age.SpecialCase"))!;

        Assert.Equal(FindingStatus.NotApplicable, at60.Status);
        Assert.Equal(FindingStatus.Satisfied, at59.Status);
        Assert.Equal(decision, ValueOf(at59, "reason"));
    }

    [Fact]
    public void AssessExplainAndBarEnd_NullFacts_ThrowNamingFacts()
    {
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => AppointmentRegulation.Qd377.Assess(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => AppointmentRegulation.Qd377.Explain(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => AppointmentRegulation.Qd377.DisciplineBarEnd(null!)).ParamName);
    }

    [Theory]
    [InlineData(AppointmentKind.Higher, 23, true)]
    [InlineData(AppointmentKind.Higher, 24, false)]
    [InlineData(AppointmentKind.First, 10, false)]
    [InlineData(AppointmentKind.EquivalentOrLower, 10, false)]
    public void Assess_TimeInPostReachedOn_OnlyForAHigherPostShortOfTheMinimum(AppointmentKind kind, int months, bool expectDate)
    {
        LocalDate dossier = new(2024, 6, 10);
        (Cadre cadre, PositionHeld post) = Holder(dossier.PlusMonths(-months).PlusDays(1));

        AppointmentAssessment result = AppointmentRegulation.Qd80.Assess(new AppointmentCase(cadre, kind, dossier, true, post));

        Assert.Equal(expectDate ? post.Start.PlusMonths(24).PlusDays(-1) : null, result.TimeInPostReachedOn);
    }

    [Fact]
    public void Assess_TimeInPostReachedOn_CountsEquivalentPostsAlready()
    {
        // QĐ 80: 24 months in the current or an equivalent post. 6 months earlier + 10 now: 8 more months are needed,
        // reached on the day before the current post's 18-month anniversary.
        LocalDate dossier = new(2024, 6, 10);
        var current = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, dossier.PlusMonths(-10).PlusDays(1));
        var earlier = new PositionHeld("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", OrganisationalLevel.Provincial, dossier.PlusMonths(-30), dossier.PlusMonths(-24).PlusDays(-1));
        var cadre = new Cadre(new CadreId("e"), Sex.Male, BirthDate.OfMonth(1980, 4), positions: [earlier, current]);
        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, dossier, true, current, [earlier]);

        AppointmentAssessment result = AppointmentRegulation.Qd80.Assess(facts);

        Assert.Equal(16, facts.MonthsInPost);
        Assert.Equal(current.Start.PlusMonths(18).PlusDays(-1), result.TimeInPostReachedOn);
        Assert.Equal(18, current.MonthsInPostAt(result.TimeInPostReachedOn!.Value));
    }

    [Fact]
    public void DisciplineBarEnd_DecisionOnTheDossierDateBars_DecisionAfterItIsIgnored()
    {
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));
        AppointmentCase With(LocalDate decided) => new(cadre.WithDiscipline([new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Administrative, decided)]), AppointmentKind.Higher, Dossier, true, post);

        Assert.Equal(Dossier.PlusMonths(12), AppointmentRegulation.Qd377.DisciplineBarEnd(With(Dossier)));
        Assert.Equal(AppointmentOutcome.NotEligible, AppointmentRegulation.Qd377.Assess(With(Dossier)).Outcome);
        Assert.Null(AppointmentRegulation.Qd377.DisciplineBarEnd(With(Dossier.PlusDays(1))));
        Assert.Equal(AppointmentOutcome.Eligible, AppointmentRegulation.Qd377.Assess(With(Dossier.PlusDays(1))).Outcome);
    }

    [Theory]
    [InlineData(6, 3)]
    [InlineData(2, 10)]
    public void DisciplineBarEnd_SeveralRecords_TheLatestBarEndWins(int reprimandMonthsAgo, int demotionMonthsAgo)
    {
        // Reprimand: 12 months; demotion: 24 months (Luật CBCC 2019 amendment). The bar ends when the last one ends.
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));
        LocalDate reprimand = Dossier.PlusMonths(-reprimandMonthsAgo);
        LocalDate demotion = Dossier.PlusMonths(-demotionMonthsAgo);
        LocalDate expected = LocalDate.Max(reprimand.PlusMonths(12), demotion.PlusMonths(24));
        cadre = cadre.WithDiscipline([
            new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Administrative, reprimand),
            new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, demotion)]);
        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post);

        Assert.Equal(expected, AppointmentRegulation.Qd377.DisciplineBarEnd(facts));
        Finding finding = AppointmentRegulation.Qd377.Explain(facts).Explanation.Find(new RuleCode("Appointment.DisciplineBar"))!;
        Assert.Equal(["records", "barredUntil", "eligibleFrom"], finding.Values.Select(v => v.Name).ToArray());
        Assert.Equal(2L, finding.Values[0].Value);
        Assert.Equal(expected.PlusDays(-1), finding.Values[1].Value);
        Assert.Equal(expected, finding.Values[2].Value);
    }

    [Theory]
    [InlineData(2022, AppointmentOutcome.Eligible)]
    [InlineData(2023, AppointmentOutcome.NotEligible)]
    [InlineData(2025, AppointmentOutcome.NotEligible)]
    [InlineData(2026, AppointmentOutcome.Eligible)]
    public void Assess_KhtWindow_TheThreeYearsBeforeTheDossierYear(int khtYear, AppointmentOutcome expected)
    {
        // QĐ 377 Điều 34: task completion over the 3 most recent years; a 2026 dossier looks at 2023, 2024 and 2025.
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-40));
        cadre = cadre.WithEvaluations([new EvaluationRecord(khtYear, EvaluationTrack.State, EvaluationLevel.NotComplete)]);
        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post);

        Verdict<AppointmentAssessment> verdict = AppointmentRegulation.Qd377.Explain(facts);

        Assert.Equal(expected, verdict.Outcome.Outcome);
        Assert.Equal(expected == AppointmentOutcome.Eligible ? "-" : khtYear.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueOf(verdict.Explanation.Find(new RuleCode("Appointment.Evaluation"))!, "khtYear"));
    }

    [Fact]
    public void Explain_Qd377TimeInPostDecision_ReasonShownOnTheException()
    {
        const string reason = "Đánh giá toàn diện, cấp ủy quyết định";
        (Cadre cadre, PositionHeld post) = Holder(Dossier.PlusMonths(-5));

        Finding exception = AppointmentRegulation.Qd377.Explain(new AppointmentCase(cadre, AppointmentKind.Higher, Dossier, true, post, timeInPostDecision: reason)).Explanation.Find(new RuleCode("Appointment.TimeInPost.Exception"))!;

        Assert.Equal(FindingStatus.Satisfied, exception.Status);
        Assert.Equal(reason, ValueOf(exception, "reason"));
        Assert.Equal(false, ValueOf(exception, "structuralSeat"));
    }
}

using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Appointment;

public class CommitteeMembershipRegulationTests
{
    private static Cadre ManWithMonthsLeftAt(int monthsLeft, YearMonth month)
    {
        YearMonth birth = month.PlusMonths(monthsLeft - 744);
        return new Cadre(new CadreId("k"), Sex.Male, BirthDate.OfMonth(birth.Year, birth.Month));
    }

    [Theory]
    [InlineData(CommitteeLevel.Commune, false, false, 59, AppointmentOutcome.NotEligible)]
    [InlineData(CommitteeLevel.Commune, false, false, 60, AppointmentOutcome.Eligible)]
    [InlineData(CommitteeLevel.Provincial, true, false, 47, AppointmentOutcome.NotEligible)]
    [InlineData(CommitteeLevel.Provincial, true, false, 48, AppointmentOutcome.Eligible)]
    [InlineData(CommitteeLevel.Provincial, true, true, 41, AppointmentOutcome.NotEligible)]
    [InlineData(CommitteeLevel.Provincial, true, true, 42, AppointmentOutcome.Eligible)]
    public void Assess_ThresholdsAtTheLevelsMonth(CommitteeLevel level, bool reElection, bool deputy, int monthsLeft, AppointmentOutcome expected)
    {
        YearMonth month = CommitteeCandidacy.AgeMonthOf(level);
        var facts = new CommitteeCandidacy(ManWithMonthsLeftAt(monthsLeft, month), level, reElection, deputy);

        Assert.Equal(monthsLeft, facts.MonthsLeft);
        Assert.Equal(expected, CommitteeMembershipRegulation.Ct45.Assess(facts));
        Assert.Equal(expected, CommitteeMembershipRegulation.Ct45.Explain(facts).Outcome);
    }

    [Fact]
    public void AgeMonthOf_FixedMonthsByLevel()
    {
        Assert.Equal(new YearMonth(2025, 4), CommitteeCandidacy.AgeMonthOf(CommitteeLevel.Grassroots));
        Assert.Equal(new YearMonth(2025, 6), CommitteeCandidacy.AgeMonthOf(CommitteeLevel.AboveGrassroots));
        Assert.Equal(new YearMonth(2025, 7), CommitteeCandidacy.AgeMonthOf(CommitteeLevel.Commune));
        Assert.Equal(new YearMonth(2025, 9), CommitteeCandidacy.AgeMonthOf(CommitteeLevel.Provincial));
        Assert.Equal(new YearMonth(2026, 3), CommitteeCandidacy.AgeMonthOf(CommitteeLevel.CouncilAndCommitteeLeaders));
    }

    [Fact]
    public void Explain_SameCadreDifferentLevels_DifferentMonthsLeft()
    {
        Cadre cadre = ManWithMonthsLeftAt(60, new YearMonth(2025, 7));

        Assert.Equal(AppointmentOutcome.Eligible, CommitteeMembershipRegulation.Ct45.Assess(new CommitteeCandidacy(cadre, CommitteeLevel.Commune, false)));
        Assert.Equal(AppointmentOutcome.NotEligible, CommitteeMembershipRegulation.Ct45.Assess(new CommitteeCandidacy(cadre, CommitteeLevel.Provincial, false)));
        Assert.Equal(FindingStatus.NotSatisfied, CommitteeMembershipRegulation.Ct45.Explain(new CommitteeCandidacy(cadre, CommitteeLevel.Provincial, false)).Explanation.Status);
    }

    [Fact]
    public void Constructor_BornInTheLevelsAgeMonth_Accepted_BornAfter_ThrowsNamingCadre()
    {
        var inMonth = new Cadre(new CadreId("y"), Sex.Male, BirthDate.OfMonth(2025, 4));
        var after = new Cadre(new CadreId("z"), Sex.Male, BirthDate.OfMonth(2025, 5));

        Assert.Equal(new YearMonth(2025, 4), new CommitteeCandidacy(inMonth, CommitteeLevel.Grassroots, false).AgeMonth);
        Assert.Equal("cadre", Assert.Throws<InputOutOfRangeException>(() => new CommitteeCandidacy(after, CommitteeLevel.Grassroots, false)).ParamName);
        Assert.Equal("level", Assert.Throws<InputOutOfRangeException>(() => new CommitteeCandidacy(inMonth, (CommitteeLevel)99, false)).ParamName);
    }

    [Fact]
    public void AssessAndExplain_NullFacts_ThrowNamingFacts()
    {
        Assert.Equal("facts", Assert.Throws<System.ArgumentNullException>(() => CommitteeMembershipRegulation.Ct45.Assess(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<System.ArgumentNullException>(() => CommitteeMembershipRegulation.Ct45.Explain(null!)).ParamName);
    }
}

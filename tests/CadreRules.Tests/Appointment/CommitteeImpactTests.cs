using System.Linq;
using CadreRules.Appointment;
using CadreRules.Documents;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Appointment;

public class CommitteeImpactTests
{
    private static CommitteeCandidacy Man(string id, int year, int month, CommitteeLevel level = CommitteeLevel.Commune, bool again = false) =>
        new(new Cadre(id, Sex.Male, BirthDate.OfMonth(year, month)), level, again);

    [Theory]
    [InlineData(CommitteeLevel.Grassroots, 2025, 4, 30)]
    [InlineData(CommitteeLevel.Commune, 2025, 7, 31)]
    [InlineData(CommitteeLevel.Provincial, 2025, 9, 30)]
    [InlineData(CommitteeLevel.CouncilAndCommitteeLeaders, 2026, 3, 31)]
    public void JudgedOn_TheLastDayOfTheLevelsAgeMonth(CommitteeLevel level, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), CommitteeImpact.JudgedOn(Man("a", 1980, 1, level)));

    [Fact]
    public void Compare_VariantAskingFiftySixMonthsOfNewcomers_TurnsOneEligible()
    {
        CommitteeCandidacy[] candidacies = [Man("a", 1968, 3), Man("b", 1968, 7), Man("c", 1967, 7, again: true)];
        var variant = new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("committee-ct45", new LocalDate(2025, 4, 14), ("firstTime.minMonthsLeft", ParameterValue.FromInteger(56)))));

        RuleChangeImpact<AppointmentOutcome> impact = CommitteeImpact.Compare(candidacies, new ImpactSide(ShippedRegulations.Catalog), variant);

        ImpactChange<AppointmentOutcome> change = Assert.Single(impact.Changes, c => c.OutcomeChanged);
        Assert.Equal(("a", "commune", AppointmentOutcome.NotEligible, AppointmentOutcome.Eligible), (change.Id.Value, change.Group, change.Before, change.After));
        Assert.Equal(3, impact.Total);
    }

    // Eligible exactly when the months left at the level's month reach the candidacy's threshold (60, 48, or 42 for a
    // provincial deputy secretary), the same read back from the document.
    [Property(MaxTest = 200)]
    public Property Eligible_ExactlyWhenTheMonthsLeftReachTheThreshold() =>
        Prop.ForAll(
            (from year in Gen.Choose(1960, 1990)
             from month in Gen.Choose(1, 12)
             from level in Gen.Elements(System.Enum.GetValues<CommitteeLevel>())
             from again in Gen.Elements(true, false)
             from deputy in Gen.Elements(true, false)
             from female in Gen.Elements(true, false)
             select new CommitteeCandidacy(new Cadre("x", female ? Sex.Female : Sex.Male, BirthDate.OfMonth(year, month)), level, again, deputy)).ToArbitrary(),
            candidacy =>
            {
                CommitteeCandidacy read = Assert.Single(CadreDocuments.ReadCommitteeCandidacies(CadreDocuments.WriteCommitteeCandidacies([candidacy])));
                int threshold = candidacy.IsProvincialDeputySecretary && candidacy.Level == CommitteeLevel.Provincial ? 42 : candidacy.IsReElection ? 48 : 60;
                return (CommitteeMembershipRegulation.Ct45.Assess(read) == AppointmentOutcome.Eligible) == (read.MonthsLeft >= threshold)
                    && read.MonthsLeft == candidacy.MonthsLeft && read.AgeMonth == candidacy.AgeMonth;
            });
}

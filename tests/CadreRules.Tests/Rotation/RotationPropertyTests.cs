using System.Linq;
using CadreRules.Appointment;
using CadreRules.Rotation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Rotation;

public class RotationPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Assess_MoreServiceLeft_NeverTurnsEligibleIntoIneligible() =>
        Prop.ForAll(Arbitraries.RotationScenarios(), input =>
        {
            RotationRegulation regulation = RotationRegulation.Qd65;
            RotationCase older = input.Scenario.Build();
            RotationCase younger = input.Scenario.Build(input.LaterBirthMonths);
            return younger.MonthsLeftAtStart >= older.MonthsLeftAtStart
                && (regulation.Assess(older) != RotationOutcome.Eligible || regulation.Assess(younger) == RotationOutcome.Eligible);
        });

    [Property(MaxTest = 300)]
    public Property Explain_AlwaysAgreesWithAssess() =>
        Prop.ForAll(Arbitraries.RotationScenarios(), input =>
        {
            RotationCase facts = input.Scenario.Build();
            return RotationRegulation.Qd65.Explain(facts).Outcome == RotationRegulation.Qd65.Assess(facts);
        });

    [Property(MaxTest = 300)]
    public Property PositionChange_ExemptIsNeverDue_AndExemptExactlyUnder18Months() =>
        Prop.ForAll(Arbitraries.PositionChangeScenarios(), scenario =>
        {
            PositionChangeCase facts = scenario.Build();
            PositionChangeAssessment result = PositionChangeRegulation.Nd59.Assess(facts);
            bool exemptByFacts = facts.MonthsToRetirement < 18;
            bool reached = facts.MonthsInPost >= result.PeriodMonths;
            return (result.Status == PositionChangeStatus.Exempt) == exemptByFacts
                && (!exemptByFacts || (result.Status != PositionChangeStatus.Due && result.Status != PositionChangeStatus.Deferred))
                && (result.Status != PositionChangeStatus.Due || (reached && !PositionChangeRegulation.Nd59.Deferral.Holds(facts)))
                && (result.Status != PositionChangeStatus.NotYetDue || !reached)
                && (result.Status != PositionChangeStatus.Deferred || result.DeferredUntil is null || result.DeferredUntil >= facts.AsOf);
        });

    [Property(MaxTest = 300)]
    public Property PositionChange_IndependentOfTheOrderOfGrounds() =>
        Prop.ForAll(Arbitraries.PositionChangeScenarios(), scenario =>
            PositionChangeRegulation.Nd59.Assess(scenario.Build()) == PositionChangeRegulation.Nd59.Assess(scenario.Build(reversed: true))
            && PositionChangeRegulation.Nd59.Explain(scenario.Build()).Outcome == PositionChangeRegulation.Nd59.Assess(scenario.Build(reversed: true)));

    [Fact]
    public void Generators_CoverEveryOutcome()
    {
        var rotations = Arbitraries.RotationScenarios().Generator.Sample(500).Select(x => RotationRegulation.Qd65.Assess(x.Scenario.Build())).ToHashSet();
        var changes = Arbitraries.PositionChangeScenarios().Generator.Sample(500).Select(x => PositionChangeRegulation.Nd59.Assess(x.Build()).Status).ToHashSet();
        var appointments = Arbitraries.AppointmentScenarios().Generator.Sample(500).Select(x => AppointmentRegulation.Qd377.Assess(x.Build()).Outcome).ToHashSet();

        Assert.Equal(2, rotations.Count);
        Assert.Equal(4, changes.Count);
        Assert.Equal(2, appointments.Count);
        Assert.Contains(Arbitraries.AppointmentScenarios().Generator.Sample(200), x => x.Discipline.Length > 0);
    }
}

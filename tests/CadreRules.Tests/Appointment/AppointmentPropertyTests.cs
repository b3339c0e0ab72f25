using CadreRules.Appointment;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Appointment;

public class AppointmentPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Assess_MoreServiceLeft_NeverTurnsEligibleIntoIneligible() =>
        Prop.ForAll(Arbitraries.AppointmentScenarios(), scenario =>
        {
            foreach (AppointmentRegulation regulation in AppointmentRegulation.All)
            {
                AppointmentCase older = scenario.Build();
                AppointmentCase younger = scenario.Build(scenario.LaterBirthMonths);
                if (younger.MonthsLeft < older.MonthsLeft
                    || (regulation.Assess(older).Outcome == AppointmentOutcome.Eligible && regulation.Assess(younger).Outcome != AppointmentOutcome.Eligible))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Assess_AddedDisciplineRecord_NeverTurnsIneligibleIntoEligible() =>
        Prop.ForAll(Arbitraries.AppointmentScenarios(), scenario =>
        {
            foreach (AppointmentRegulation regulation in AppointmentRegulation.All)
            {
                if (regulation.Assess(scenario.Build()).Outcome == AppointmentOutcome.NotEligible
                    && regulation.Assess(scenario.Build(withExtra: true)).Outcome == AppointmentOutcome.Eligible)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Assess_IndependentOfTheOrderOfRecords() =>
        Prop.ForAll(Arbitraries.AppointmentScenarios(), scenario =>
            AppointmentRegulation.Qd377.Assess(scenario.Build(withExtra: true)) == AppointmentRegulation.Qd377.Assess(scenario.Build(withExtra: true, reversed: true))
            && AppointmentRegulation.Qd377.Explain(scenario.Build()).Outcome == AppointmentRegulation.Qd377.Assess(scenario.Build(reversed: true)));
}

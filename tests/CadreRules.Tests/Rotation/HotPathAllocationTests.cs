using System;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Tests.Rotation;

public class HotPathAllocationTests
{
    [Fact]
    public void Evaluate_FastPaths_AllocateNothing()
    {
        RotationCase rotation = RotationRegulationTests.Case();
        var asOf = new LocalDate(2026, 6, 15);
        var post = new PositionHeld("Kế toán", "Sở Tài chính", OrganisationalLevel.Provincial, asOf.PlusMonths(-61), isLeadership: false);
        var person = new Cadre(new CadreId("h"), Sex.Female, BirthDate.OfMonth(1990, 1), positions: [post],
            discipline: [new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, asOf.PlusMonths(-5))],
            evaluations: [new EvaluationRecord(2025, EvaluationTrack.Party, EvaluationLevel.Good)]);
        var change = new PositionChangeCase(person, post, "inspection", asOf, [DeferralGround.YoungChild(asOf.PlusMonths(-10))]);
        var appointment = new AppointmentCase(person, AppointmentKind.Higher, asOf, true, post);

        long before = 0;
        for (int round = 0; round < 2; round++)
        {
            // The first round warms up the JIT; only the second is measured.
            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 2000; i++)
            {
                _ = RotationRegulation.Qd65.Assess(rotation);
                _ = PositionChangeRegulation.Nd59.Ladder.Decide(change);
                _ = AppointmentRegulation.Qd377.Eligibility.Evaluate(appointment);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

using System;
using CadreRules.Evaluation;
using CadreRules.People;

namespace CadreRules.Tests.Evaluation;

public class EvaluationAllocationTests
{
    [Fact]
    public void Classify_Qd366NonLeaderFastPath_AllocatesNothing()
    {
        EvaluationRegulation regulation = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        EvaluationInput[] inputs =
        [
            EvaluationTestData.Scored(95, TaskCounts.AllOnTime(10, 3)),
            EvaluationTestData.Scored(92, TaskCounts.AllOnTime(10, 2)),
            EvaluationTestData.Scored(60, new TaskCounts(10, 9, 9, 0, 0, 1)),
            EvaluationTestData.Scored(49),
            EvaluationTestData.Scored(95, discipline: EvaluationTestData.Reprimand(new NodaTime.LocalDate(2025, 3, 1))),
            EvaluationTestData.Scored(80, admittedOn: new NodaTime.LocalDate(2025, 10, 1)),
        ];
        int checksum = 0;
        for (int warm = 0; warm < 200; warm++)
        {
            foreach (EvaluationInput input in inputs)
            {
                checksum += (int)regulation.Classify(input).Level;
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            foreach (EvaluationInput input in inputs)
            {
                checksum += (int)regulation.Classify(input).Level;
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0, checksum);
    }
}

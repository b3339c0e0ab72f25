using System;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

/// <summary>Explanations cost nothing when not asked for: deciding allocates no memory (measured in bytes, not time).</summary>
public class HotPathAllocationTests
{
    private sealed record Facts(int Score, bool Excluded, int Done, int Total);

    [Fact]
    public void Decide_AllocatesNothingPerCall()
    {
        Rule<Facts> allDone = Rule.Create<Facts>(Describe("Alloc.AllDone"), f => f.Done == f.Total, values: f => [FactValue.Of("done", f.Done)]);
        Rule<Facts> leaderOnly = Rule.Create<Facts>(Describe("Alloc.LeaderOnly"), _ => true, appliesTo: _ => false);
        DecisionLadder<Facts, DayOfWeek> ladder = DecisionLadder<Facts, DayOfWeek>.CreateBuilder(Describe("Alloc.Ladder"))
            .Exclude(Rule.Create<Facts>(Describe("Alloc.Excluded"), f => f.Excluded))
            .Force(DayOfWeek.Sunday, Rule.Create<Facts>(Describe("Alloc.Low"), f => f.Score < 50))
            .Level(DayOfWeek.Monday, Rule.Create<Facts>(Describe("Alloc.High"), f => f.Score >= 90) & allDone & leaderOnly)
            .Level(DayOfWeek.Tuesday, (Rule.Create<Facts>(Describe("Alloc.Mid"), f => f.Score >= 70) | !allDone) & Rule.WithException(allDone, leaderOnly))
            .Cap(DayOfWeek.Tuesday, Rule.Create<Facts>(Describe("Alloc.Cap"), f => f.Total > 10))
            .Build();
        Facts[] inputs = [new(95, false, 10, 10), new(75, false, 9, 10), new(40, false, 1, 10), new(95, true, 3, 12), new(60, false, 3, 3)];
        int sink = 0;
        foreach (Facts input in inputs)
        {
            sink += (int)ladder.Decide(input).Level; // warm up (JIT, static initialisation)
        }

        const int calls = 10_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            LadderDecision<DayOfWeek> decision = ladder.Decide(inputs[i % inputs.Length]);
            sink += (int)decision.Kind + decision.DecidedBy.Value.Length;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, sink);
    }

    private static RuleDescriptor Describe(string code) => new(code, new LocalizedText(code + " (vi)", code), null);
}

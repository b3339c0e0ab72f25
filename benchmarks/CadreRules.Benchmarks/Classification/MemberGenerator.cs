using System;
using System.Collections.Generic;

namespace CadreRules.Benchmarks.Classification;

/// <summary>
/// Generates members deterministically (fixed seed), with scores and shares bunched at the thresholds so that every
/// boundary (≥ vs &gt;, 30% exceeded, 20% late, 50% not completed, 6 months) is crossed many times.
/// </summary>
public static class MemberGenerator
{
    public const ulong Seed = 366_2025;

    private static readonly decimal[] BoundaryScores = [0m, 49.5m, 49.75m, 50m, 50.25m, 69.5m, 69.75m, 70m, 70.25m, 89.5m, 89.75m, 90m, 90.25m, 100m];

    public static MemberFacts[] Generate(int count, ulong seed = Seed)
    {
        var rng = new SplitMix64(seed);
        var members = new MemberFacts[count];
        for (int i = 0; i < count; i++)
        {
            members[i] = Next(ref rng);
        }

        return members;
    }

    public static MemberFacts Next(ref SplitMix64 rng)
    {
        decimal score = rng.PerMille(500) ? BoundaryScores[rng.Below(BoundaryScores.Length)] : rng.Between(0, 400) / 4m;
        int total = rng.Between(1, 20);
        int completed = rng.PerMille(850) ? total : rng.Between(0, total);
        int onTime = rng.PerMille(750) ? completed : rng.Between(0, completed);
        int late = rng.PerMille(500) ? completed - onTime : rng.Between(0, completed - onTime);
        int exceeded = Math.Min(completed, rng.PerMille(300) ? ((total * 3) + 9) / 10 : rng.Between(0, onTime));
        int found = rng.Between(0, 3);
        int fixedCount = rng.PerMille(850) ? found : rng.Between(0, found);
        return new MemberFacts
        {
            Score = score,
            TasksTotal = total,
            TasksCompleted = completed,
            TasksOnTime = onTime,
            TasksExceeded = exceeded,
            TasksLate = late,
            ShortcomingsFound = found,
            ShortcomingsFixed = fixedCount,
            DutyDiscipline = rng.PerMille(30),
            Degraded = rng.PerMille(10),
            BreachedProhibitions = rng.PerMille(5),
            Exempt = rng.PerMille(20),
            Suspended = rng.PerMille(10),
            MonthsSinceAdmission = rng.PerMille(40) ? rng.Between(0, 7) : rng.Between(6, 480),
        };
    }

    /// <summary>Counts the outcomes, to show that the set reaches every answer.</summary>
    public static Dictionary<Outcome, int> Histogram(IEnumerable<Outcome> outcomes)
    {
        var counts = new Dictionary<Outcome, int>();
        foreach (Outcome outcome in outcomes)
        {
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }

        return counts;
    }
}

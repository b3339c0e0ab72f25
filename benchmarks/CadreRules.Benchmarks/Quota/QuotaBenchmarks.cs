using System;
using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CadreRules.Evaluation;
using CadreRules.People;

namespace CadreRules.Benchmarks.Quota;

/// <summary>
/// Benchmark 2: the QĐ 366 unit quota (HTXS at most 20% of HTT, 25% in an outstanding unit) for 1,000 units of 50
/// members each, single-threaded and with the parallel overload (identical results checked in setup).
/// </summary>
[MemoryDiagnoser]
public class QuotaBenchmarks
{
    public const int Units = 1_000;
    public const int MembersPerUnit = 50;

    private ImmutableArray<QuotaCandidate> _candidates;

    [GlobalSetup]
    public void Setup()
    {
        _candidates = Generate(Units, MembersPerUnit);
        QuotaAllocation single = Allocate();
        QuotaAllocation parallel = AllocateParallel();
        if (!single.FinalLevels.AsSpan().SequenceEqual(parallel.FinalLevels.AsSpan()) || single.Demotions.Length != parallel.Demotions.Length || single.Demotions.IsEmpty)
        {
            throw new InvalidOperationException("The parallel overload disagrees with the single-threaded one (or nothing was demoted).");
        }
    }

    [Benchmark(Baseline = true, Description = "QuotaAllocator.Allocate, 1,000 units × 50")]
    public QuotaAllocation Allocate() => QuotaAllocator.Allocate(QuotaRegime.Qd366, _candidates);

    [Benchmark(Description = "QuotaAllocator.AllocateParallel, 1,000 units × 50")]
    public QuotaAllocation AllocateParallel() => QuotaAllocator.AllocateParallel(QuotaRegime.Qd366, _candidates);

    public static ImmutableArray<QuotaCandidate> Generate(int units, int membersPerUnit)
    {
        var rng = new SplitMix64(366_0020);
        var candidates = ImmutableArray.CreateBuilder<QuotaCandidate>(units * membersPerUnit);
        for (int u = 0; u < units; u++)
        {
            string unit = "CB-" + u.ToString("D4", CultureInfo.InvariantCulture);
            bool outstanding = rng.PerMille(50);
            for (int m = 0; m < membersPerUnit; m++)
            {
                int roll = rng.Below(100);
                EvaluationLevel level = roll < 20 ? EvaluationLevel.Excellent : roll < 80 ? EvaluationLevel.Good : roll < 96 ? EvaluationLevel.Complete : EvaluationLevel.NotComplete;
                decimal score = level switch
                {
                    EvaluationLevel.Excellent => rng.Between(360, 400) / 4m,
                    EvaluationLevel.Good => rng.Between(280, 359) / 4m,
                    EvaluationLevel.Complete => rng.Between(200, 279) / 4m,
                    _ => rng.Between(0, 199) / 4m,
                };
                candidates.Add(new QuotaCandidate(new CadreId(unit + "-" + m.ToString("D2", CultureInfo.InvariantCulture)), unit, "dang-vien", level, score, outstanding));
            }
        }

        return candidates.MoveToImmutable();
    }
}

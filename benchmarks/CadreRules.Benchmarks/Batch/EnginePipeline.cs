using System;
using System.Threading.Tasks;
using CadreRules.Benchmarks.Classification;
using CadreRules.Rules;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The batch on the engine alone (before the evaluation and quota modules existed): the engine ladder for QĐ 366 and a
/// plain per-unit cap (HTXS at most 20% of the members rated HTT or HTXS, the lowest scores demoted to HTT).
/// </summary>
public sealed class EnginePipeline : IBatchPipeline
{
    private static readonly Share Cap = Share.Percent(20);
    private readonly DecisionLadder<MemberFacts, Qd366Level> _ladder = EngineLadder.Build();

    public string Name => "engine ladder + plain unit cap";

    public void Run(Population population, byte[] final, bool parallel)
    {
        if (parallel)
        {
            Parallel.For(0, population.Units, () => new int[256], (u, _, buffer) => RunUnit(population, final, u, buffer), static _ => { });
        }
        else
        {
            int[] buffer = new int[256];
            for (int u = 0; u < population.Units; u++)
            {
                buffer = RunUnit(population, final, u, buffer);
            }
        }
    }

    private int[] RunUnit(Population population, byte[] final, int unit, int[] buffer)
    {
        int start = population.UnitStart[unit], end = population.UnitStart[unit + 1];
        int excellent = 0, good = 0;
        for (int i = start; i < end; i++)
        {
            Outcome outcome = EngineLadder.ToOutcome(_ladder.Decide(population.ToFacts(i)));
            final[i] = (byte)outcome;
            if (outcome == Outcome.Htxs)
            {
                if (excellent == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                buffer[excellent++] = i;
            }
            else if (outcome == Outcome.Htt)
            {
                good++;
            }
        }

        long allowed = Cap.FloorOf(excellent + good);
        if (excellent > allowed)
        {
            // Keep the highest scores (ties: the earlier member); demote the rest to HTT.
            Span<int> ranked = buffer.AsSpan(0, excellent);
            short[] scores = population.ScoreQuarters;
            ranked.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
            for (long k = allowed; k < excellent; k++)
            {
                final[ranked[(int)k]] = (byte)Outcome.Htt;
            }
        }

        return buffer;
    }
}

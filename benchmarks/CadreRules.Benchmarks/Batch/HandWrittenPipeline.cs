using System;
using CadreRules.Benchmarks.Classification;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The yardstick: the same classification and unit quota as plain code over the batch's columns, with no library call.
/// QĐ 366's rules as <c>if</c>s (<see cref="HandWritten"/>, on scores in quarter points), then per unit the QĐ 366 quota
/// under the library's default policy: HTXS kept h ≤ 20% of the final HTT, i.e. 5h ≤ t + c − h, so
/// h = min(c, ⌊(t + c) / 6⌋) (t rated HTT, c qualified for HTXS), the qualifiers ranked by score (higher first), then by
/// identifier (the generated identifiers are the unit's name and a zero-padded number, so their order is the members'
/// order). No unit of the generated population is flagged outstanding, so the 25% cap never applies.
/// </summary>
public sealed class HandWrittenPipeline(bool needsIds = true) : IBatchPipeline
{
    public string Name => "hand-written loop (QĐ 366 ifs + per-unit HTXS ≤ 20% of HTT)" + (needsIds ? string.Empty : "; population without identifier strings");

    /// <summary>Gets whether the population is made with its identifier strings (the loop never reads them: the ranking
    /// uses the members' order, which is the identifiers' order).</summary>
    public bool NeedsIds => needsIds;

    public void Run(Population population, byte[] final, bool parallel)
    {
        int[] qualifiers = new int[256];
        short[] scores = population.ScoreQuarters;
        for (int unit = 0; unit < population.Units; unit++)
        {
            int start = population.UnitStart[unit], end = population.UnitStart[unit + 1];
            int c = 0, t = 0;
            for (int i = start; i < end; i++)
            {
                Outcome outcome = Classify(population, i);
                final[i] = (byte)outcome;
                if (outcome == Outcome.Htxs)
                {
                    if (c == qualifiers.Length)
                    {
                        Array.Resize(ref qualifiers, qualifiers.Length * 2);
                    }

                    qualifiers[c++] = i;
                }
                else if (outcome == Outcome.Htt)
                {
                    t++;
                }
            }

            int kept = Math.Min(c, (t + c) / 6);
            if (kept < c)
            {
                Span<int> ranked = qualifiers.AsSpan(0, c);
                ranked.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
                for (int k = kept; k < c; k++)
                {
                    final[ranked[k]] = (byte)Outcome.Htt;
                }
            }
        }
    }

    private static Outcome Classify(Population p, int i)
    {
        byte flags = p.Flags[i];
        if ((flags & (Population.ExemptFlag | Population.SuspendedFlag)) != 0 || p.MonthsSinceAdmission[i] < 6)
        {
            return Outcome.NotRated;
        }

        int total = p.Total[i], completed = p.Completed[i], quarters = p.ScoreQuarters[i];
        if (quarters < 200 || (total - completed) * 2 > total || (flags & (Population.DisciplineFlag | Population.DegradedFlag | Population.ProhibitionsFlag)) != 0)
        {
            return Outcome.Kht;
        }

        if (quarters >= 360)
        {
            return p.OnTime[i] == total && p.Exceeded[i] * 10 >= total * 3 && p.Fixed[i] == p.Found[i] ? Outcome.Htxs : Outcome.Undetermined;
        }

        if (quarters >= 280)
        {
            return p.OnTime[i] == total ? Outcome.Htt : Outcome.Undetermined;
        }

        return completed == total && p.Late[i] * 5 <= total ? Outcome.Htnv : Outcome.Undetermined;
    }
}

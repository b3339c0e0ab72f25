using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using CadreRules.Benchmarks.Classification;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The national batch on the shipped API, as a user would write it: for every member an <see cref="EvaluationInput"/>
/// classified by the QĐ 366 regulation; every member with a level becomes a <see cref="QuotaCandidate"/> (its own
/// identifier, its unit, score) and the QĐ 366 unit quota is applied by <see cref="QuotaAllocator.Allocate(QuotaRegime, ImmutableArray{QuotaCandidate})"/>
/// (single-threaded) or <see cref="QuotaAllocator.AllocateParallel"/> (parallel; classification is then split over the
/// units too). Members are read from the compact columns (dates as stored dates, scores through a decimal table); the
/// API's objects are what it costs.
/// </summary>
public sealed class ShippedPipeline : IBatchPipeline
{
    private const string PeerGroup = "dang-vien";
    private static readonly ImmutableArray<DisciplineRecord> DutyReprimand =
        [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2026, 6, 1), relatedToPublicDuty: true)];

    private readonly EvaluationRegulation _qd366 = ShippedQd366.Regulation;

    // Scores are stored in quarter points; a table turns them into decimals without a decimal division per member.
    private static readonly decimal[] Scores = CreateScores();

    public string Name => "CadreRules QĐ 366 Classify + QuotaAllocator (QĐ 366 unit quota)";

    public void Run(Population population, byte[] final, bool parallel)
    {
        // Pass 1: classify every member; count the candidates (members with a level) of each unit.
        long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        int units = population.Units;
        int[] candidatesOf = new int[units + 1];
        if (parallel)
        {
            Parallel.For(0, units, u => candidatesOf[u + 1] = Classify(population, final, u));
        }
        else
        {
            for (int u = 0; u < units; u++)
            {
                candidatesOf[u + 1] = Classify(population, final, u);
            }
        }

        for (int u = 0; u < units; u++)
        {
            candidatesOf[u + 1] += candidatesOf[u];
        }

        long t1 = System.Diagnostics.Stopwatch.GetTimestamp();

        // Pass 2: the candidates, unit by unit, at their unit's offset (the same order however the work is split).
        var candidates = new QuotaCandidate[candidatesOf[units]];
        var memberOf = new int[candidates.Length];
        if (parallel)
        {
            Parallel.For(0, units, u => Candidates(population, final, u, candidates, memberOf, candidatesOf[u]));
        }
        else
        {
            for (int u = 0; u < units; u++)
            {
                Candidates(population, final, u, candidates, memberOf, candidatesOf[u]);
            }
        }

        long t2 = System.Diagnostics.Stopwatch.GetTimestamp();
        ImmutableArray<QuotaCandidate> all = ImmutableCollectionsMarshal.AsImmutableArray(candidates);
        QuotaAllocation allocation = parallel
            ? QuotaAllocator.AllocateParallel(QuotaRegime.Qd366, all)
            : QuotaAllocator.Allocate(QuotaRegime.Qd366, all);

        long t3 = System.Diagnostics.Stopwatch.GetTimestamp();

        // Pass 3: the quota's demotions into the members' final outcomes.
        ImmutableArray<EvaluationLevel> levels = allocation.FinalLevels;
        for (int k = 0; k < levels.Length; k++)
        {
            if (levels[k] != candidates[k].QualifiedLevel)
            {
                final[memberOf[k]] = (byte)ToOutcome(levels[k]);
            }
        }

        LastPasses = (System.Diagnostics.Stopwatch.GetElapsedTime(t0, t1), System.Diagnostics.Stopwatch.GetElapsedTime(t1, t2),
            System.Diagnostics.Stopwatch.GetElapsedTime(t2, t3), System.Diagnostics.Stopwatch.GetElapsedTime(t3));
    }

    /// <summary>Gets the time of each pass of the last run: classification, candidates, quota allocation, write-back.</summary>
    public (TimeSpan Classify, TimeSpan Candidates, TimeSpan Quota, TimeSpan WriteBack) LastPasses { get; private set; }

    public static EvaluationInput Input(Population p, int i) => new EvaluationInput
    {
        Year = ShippedQd366.EvaluatedOn.Year,
        EvaluatedOn = ShippedQd366.EvaluatedOn,
        Role = EvaluationRole.NonLeader,
        Tasks = new TaskCounts(p.Total[i], p.Completed[i], p.OnTime[i], p.Exceeded[i], p.Late[i], p.Total[i] - p.Completed[i]),
        Score = ScoreCard.FromTotal(Scores[p.ScoreQuarters[i]]),
        Discipline = (p.Flags[i] & Population.DisciplineFlag) != 0 ? DutyReprimand : default,
        Degraded = (p.Flags[i] & Population.DegradedFlag) != 0,
        BreachedProhibitions = (p.Flags[i] & Population.ProhibitionsFlag) != 0,
        PartyAdmittedOn = p.AdmittedOn[i],
        ExemptFromPartyActivities = (p.Flags[i] & Population.ExemptFlag) != 0,
        PartySuspended = (p.Flags[i] & Population.SuspendedFlag) != 0,
        PriorShortcomingsFound = p.Found[i],
        PriorShortcomingsFixed = p.Fixed[i],
    };

    private int Classify(Population population, byte[] final, int unit)
    {
        int count = 0;
        for (int i = population.UnitStart[unit]; i < population.UnitStart[unit + 1]; i++)
        {
            Outcome outcome = ShippedQd366.ToOutcome(_qd366.Classify(Input(population, i)));
            final[i] = (byte)outcome;
            if (outcome is Outcome.Htxs or Outcome.Htt or Outcome.Htnv or Outcome.Kht)
            {
                count++;
            }
        }

        return count;
    }

    private static void Candidates(Population population, byte[] final, int unit, QuotaCandidate[] candidates, int[] memberOf, int offset)
    {
        string unitName = population.UnitNames[unit];
        int k = offset;
        for (int i = population.UnitStart[unit]; i < population.UnitStart[unit + 1]; i++)
        {
            EvaluationLevel? level = (Outcome)final[i] switch
            {
                Outcome.Htxs => EvaluationLevel.Excellent,
                Outcome.Htt => EvaluationLevel.Good,
                Outcome.Htnv => EvaluationLevel.Complete,
                Outcome.Kht => EvaluationLevel.NotComplete,
                _ => null,
            };
            if (level is { } l)
            {
                var id = new CadreId(population.MemberIds[i]);
                candidates[k] = new QuotaCandidate(id, unitName, PeerGroup, l, Scores[population.ScoreQuarters[i]]);
                memberOf[k] = i;
                k++;
            }
        }
    }

    private static decimal[] CreateScores()
    {
        var scores = new decimal[401];
        for (int q = 0; q <= 400; q++)
        {
            scores[q] = q / 4m;
        }

        return scores;
    }

    private static Outcome ToOutcome(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => Outcome.Htxs,
        EvaluationLevel.Good => Outcome.Htt,
        EvaluationLevel.Complete => Outcome.Htnv,
        _ => Outcome.Kht,
    };
}

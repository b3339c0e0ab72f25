using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of an <see cref="EvaluationRound"/>: each person's result in input order, the quota allocation of each
/// regulation that has one (per unit and peer group: counts, bound, moves and reasons), and the counts per outcome before
/// and after the quota.
/// </summary>
/// <remarks>Holds a compact record per person and no explanation. Immutable and thread-safe.</remarks>
public sealed class EvaluationRoundResult
{
    internal EvaluationRoundResult(ImmutableArray<EvaluationRoundPerson> people, ImmutableArray<EvaluationRegulation> regulations, ImmutableArray<QuotaAllocation> allocations)
    {
        People = people;
        Allocations = allocations;
        int[] before = new int[EvaluationOutcomeCounts.OutcomeCount];
        int[] after = new int[EvaluationOutcomeCounts.OutcomeCount];
        int moved = 0;
        foreach (EvaluationRoundPerson person in people)
        {
            before[(int)person.Qualified]++;
            after[(int)person.Final]++;
            moved += person.MovedByQuota ? 1 : 0;
        }

        CountsBefore = new EvaluationOutcomeCounts(before);
        CountsAfter = new EvaluationOutcomeCounts(after);
        MovedCount = moved;
        Regulations = regulations;
    }

    /// <summary>Gets each person's result, in input order.</summary>
    public ImmutableArray<EvaluationRoundPerson> People { get; }

    /// <summary>Gets the regulations applied, in order of first use.</summary>
    public ImmutableArray<EvaluationRegulation> Regulations { get; }

    /// <summary>Gets the quota allocation of each regulation applied that has a quota, in order of first use; each
    /// lists its units and peer groups (<see cref="QuotaAllocation.Groups"/>) and its moves.</summary>
    public ImmutableArray<QuotaAllocation> Allocations { get; }

    /// <summary>Gets the counts per outcome on the people's own merits (before the quota).</summary>
    public EvaluationOutcomeCounts CountsBefore { get; }

    /// <summary>Gets the counts per outcome after the quota.</summary>
    public EvaluationOutcomeCounts CountsAfter { get; }

    /// <summary>Gets how many people the quota moved from HTXS to HTT.</summary>
    public int MovedCount { get; }

    /// <summary>Gets the people the quota moved, in input order.</summary>
    public IEnumerable<EvaluationRoundPerson> Moved => People.Where(p => p.MovedByQuota);

    /// <summary>Gets whether some outcome is undetermined (the competent authority must decide).</summary>
    public bool HasUndetermined => CountsAfter[EvaluationOutcome.Undetermined] > 0;

    /// <inheritdoc/>
    public override string ToString() => $"{People.Length} people: {CountsAfter}";
}

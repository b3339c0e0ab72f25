using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of an evaluation round in its batch form (<see cref="EvaluationRound.RunBatch"/>): the columns of
/// <see cref="EvaluationColumnsResult"/>, aligned with the input (person <c>i</c> of the input is position <c>i</c> of
/// each), the moves the quota made, and the quota allocation of each regulation that has one.
/// </summary>
/// <remarks>
/// <para>No object per person but the moves (see <see cref="EvaluationColumnsResult"/>). The same round run in its
/// object form (<see cref="EvaluationRound.Run(System.Collections.Generic.IEnumerable{EvaluationEntry})"/>) over the
/// same people gives the same regulations, decisions, outcomes, moves and allocations.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EvaluationBatchResult : EvaluationColumnsResult
{
    internal EvaluationBatchResult(
        ImmutableArray<string> units,
        ImmutableArray<string> peerGroups,
        ImmutableArray<EvaluationRegulation> regulations,
        int[] regulationIndices,
        ImmutableArray<EvaluationDecision> decisions,
        int[] decisionIndices,
        EvaluationOutcome[] before,
        EvaluationOutcome[] after,
        int[] movedIndices,
        QuotaDemotion[] demotions,
        ImmutableArray<QuotaAllocation> allocations)
        : base(units, peerGroups, regulations, regulationIndices, decisions, decisionIndices, before, after, movedIndices ?? throw new ArgumentNullException(nameof(movedIndices)),
            EvaluationOutcomeCounts.Of(before ?? []), EvaluationOutcomeCounts.Of(after ?? []))
    {
        ArgumentNullException.ThrowIfNull(demotions);
        MovedIndices = ImmutableCollectionsMarshal.AsImmutableArray(movedIndices);
        Demotions = ImmutableCollectionsMarshal.AsImmutableArray(demotions);
        Allocations = allocations;
    }

    /// <summary>Gets the positions of the people the quota moved from HTXS to HTT, ascending.</summary>
    public ImmutableArray<int> MovedIndices { get; }

    /// <summary>Gets each move made by the quota, aligned with <see cref="MovedIndices"/>.</summary>
    public ImmutableArray<QuotaDemotion> Demotions { get; }

    /// <summary>Gets the quota allocation of each regulation applied that has a quota and someone rated under it, in
    /// order of first use; each lists its units and peer groups (<see cref="QuotaAllocation.Groups"/>) and its moves.</summary>
    public ImmutableArray<QuotaAllocation> Allocations { get; }

    private protected override QuotaDemotion Demotion(int index, int move) => Demotions[move];

    private protected override RuleCode QuotaRuleOf(int move) => Demotions[move].Code;
}

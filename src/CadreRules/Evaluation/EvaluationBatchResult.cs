using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of an evaluation round in its batch form (<see cref="EvaluationRound.RunBatch"/>): columns aligned with
/// the input (person <c>i</c> of the input is position <c>i</c> of each column), small tables they point into, the quota
/// allocation of each regulation that has one, and the counts per outcome before and after the quota.
/// </summary>
/// <remarks>
/// <para>No object per person: each person costs four integers (regulation, decision, outcome before and after the
/// quota). A decision is stored once in <see cref="Decisions"/> however many people share it. The same round run in its
/// object form (<see cref="EvaluationRound.Run(System.Collections.Generic.IEnumerable{EvaluationEntry})"/>) over the
/// same people gives the same regulations, decisions, outcomes, moves and allocations.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EvaluationBatchResult
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
    {
        ArgumentNullException.ThrowIfNull(regulationIndices);
        ArgumentNullException.ThrowIfNull(decisionIndices);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(movedIndices);
        ArgumentNullException.ThrowIfNull(demotions);
        Units = units;
        PeerGroups = peerGroups;
        Regulations = regulations;
        RegulationIndices = ImmutableCollectionsMarshal.AsImmutableArray(regulationIndices);
        Decisions = decisions;
        DecisionIndices = ImmutableCollectionsMarshal.AsImmutableArray(decisionIndices);
        Before = ImmutableCollectionsMarshal.AsImmutableArray(before);
        After = ImmutableCollectionsMarshal.AsImmutableArray(after);
        MovedIndices = ImmutableCollectionsMarshal.AsImmutableArray(movedIndices);
        Demotions = ImmutableCollectionsMarshal.AsImmutableArray(demotions);
        Allocations = allocations;
        CountsBefore = EvaluationOutcomeCounts.Of(before);
        CountsAfter = EvaluationOutcomeCounts.Of(after);
    }

    /// <summary>Gets the number of people (the length of every per-person column).</summary>
    public int Count => Before.Length;

    /// <summary>Gets the table of units the entries pointed into, as given.</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>Gets the table of peer groups the entries pointed into, as given.</summary>
    public ImmutableArray<string> PeerGroups { get; }

    /// <summary>Gets the regulations applied, in order of first use.</summary>
    public ImmutableArray<EvaluationRegulation> Regulations { get; }

    /// <summary>Gets each person's regulation, as a position in <see cref="Regulations"/>.</summary>
    public ImmutableArray<int> RegulationIndices { get; }

    /// <summary>Gets the distinct decisions made, in order of first appearance.</summary>
    public ImmutableArray<EvaluationDecision> Decisions { get; }

    /// <summary>Gets each person's decision on their own merits (before the quota), as a position in <see cref="Decisions"/>.</summary>
    public ImmutableArray<int> DecisionIndices { get; }

    /// <summary>Gets each person's outcome on their own merits (before the quota).</summary>
    public ImmutableArray<EvaluationOutcome> Before { get; }

    /// <summary>Gets each person's outcome after the quota.</summary>
    public ImmutableArray<EvaluationOutcome> After { get; }

    /// <summary>Gets the positions of the people the quota moved from HTXS to HTT, ascending.</summary>
    public ImmutableArray<int> MovedIndices { get; }

    /// <summary>Gets each move made by the quota, aligned with <see cref="MovedIndices"/>.</summary>
    public ImmutableArray<QuotaDemotion> Demotions { get; }

    /// <summary>Gets the quota allocation of each regulation applied that has a quota and someone rated under it, in
    /// order of first use; each lists its units and peer groups (<see cref="QuotaAllocation.Groups"/>) and its moves.</summary>
    public ImmutableArray<QuotaAllocation> Allocations { get; }

    /// <summary>Gets the counts per outcome on the people's own merits (before the quota).</summary>
    public EvaluationOutcomeCounts CountsBefore { get; }

    /// <summary>Gets the counts per outcome after the quota.</summary>
    public EvaluationOutcomeCounts CountsAfter { get; }

    /// <summary>Gets how many people the quota moved from HTXS to HTT.</summary>
    public int MovedCount => MovedIndices.Length;

    /// <summary>Gets whether some outcome is undetermined (the competent authority must decide).</summary>
    public bool HasUndetermined => CountsAfter[EvaluationOutcome.Undetermined] > 0;

    /// <summary>Gets the regulation applied to a person.</summary>
    /// <param name="index">The person's position in the input (0-based).</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the input.</exception>
    public EvaluationRegulation RegulationOf(int index) => Regulations[RegulationIndices[Check(index)]];

    /// <summary>Gets a person's decision on their own merits (before the quota).</summary>
    /// <param name="index">The person's position in the input (0-based).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the input.</exception>
    public EvaluationDecision DecisionOf(int index) => Decisions[DecisionIndices[Check(index)]];

    /// <summary>Gets the move the quota made for a person (a binary search of <see cref="MovedIndices"/>).</summary>
    /// <param name="index">The person's position in the input (0-based).</param>
    /// <returns>The move, or null when the quota did not move the person.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the input.</exception>
    public QuotaDemotion? DemotionOf(int index)
    {
        int k = MovedIndices.AsSpan().BinarySearch(Check(index));
        return k >= 0 ? Demotions[k] : null;
    }

    /// <summary>Copies the rule codes behind a person's outcome, without repeats and without allocating: the ladder's
    /// deciding rule, the cap, the reason for an undetermined outcome, then the quota rule that moved the person (as
    /// <see cref="EvaluationRoundPerson.CopyCodes(Span{RuleCode})"/>).</summary>
    /// <param name="index">The person's position in the input (0-based).</param>
    /// <param name="destination">The span, of at least <see cref="EvaluationRoundPerson.MaximumCodes"/> codes.</param>
    /// <returns>How many codes were copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the input.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="EvaluationRoundPerson.MaximumCodes"/>.</exception>
    public int CopyCodes(int index, Span<RuleCode> destination) => EvaluationRoundPerson.CopyCodes(DecisionOf(index), DemotionOf(index), destination);

    /// <inheritdoc/>
    public override string ToString() => $"{Count} people: {CountsAfter}";

    private int Check(int index)
    {
        ArgumentBounds.NotNegative(index, nameof(index));
        ArgumentBounds.AtMost(index, Count - 1L, nameof(index));
        return index;
    }
}

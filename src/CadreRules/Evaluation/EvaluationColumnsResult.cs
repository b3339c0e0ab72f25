using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// What the two column forms of an evaluation round have in common: the batch form
/// (<see cref="EvaluationRound.RunBatch"/>, <see cref="EvaluationBatchResult"/>) and the round over rows
/// (<see cref="EvaluationRound.RunRows"/>, <see cref="EvaluationRowsResult"/>). Person <c>index</c> is position
/// <c>index</c> of every column: their position in the batch's input, or their row.
/// </summary>
/// <remarks>
/// <para>No object per person: each costs four numbers, the regulation and decision (positions in
/// <see cref="Regulations"/> and <see cref="Decisions"/>, so a decision shared by many people is stored once) and the
/// outcomes before and after the quota (a byte each). Code that reports a round (counts, outcomes, codes, moves) can be
/// written once over this type for either form; what differs is how the moves are kept and explained, which each form
/// adds.</para>
/// <para>Only this library derives from it. Immutable and thread-safe, as each form is.</para>
/// </remarks>
public abstract class EvaluationColumnsResult
{
    private readonly int[] _moved;

    private protected EvaluationColumnsResult(
        ImmutableArray<string> units,
        ImmutableArray<string> peerGroups,
        ImmutableArray<EvaluationRegulation> regulations,
        int[] regulationIndices,
        ImmutableArray<EvaluationDecision> decisions,
        int[] decisionIndices,
        EvaluationOutcome[] before,
        EvaluationOutcome[] after,
        int[] moved,
        EvaluationOutcomeCounts countsBefore,
        EvaluationOutcomeCounts countsAfter)
    {
        ArgumentNullException.ThrowIfNull(regulationIndices);
        ArgumentNullException.ThrowIfNull(decisionIndices);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(moved);
        ArgumentNullException.ThrowIfNull(countsBefore);
        ArgumentNullException.ThrowIfNull(countsAfter);
        Units = units;
        PeerGroups = peerGroups;
        Regulations = regulations;
        RegulationIndices = ImmutableCollectionsMarshal.AsImmutableArray(regulationIndices);
        Decisions = decisions;
        DecisionIndices = ImmutableCollectionsMarshal.AsImmutableArray(decisionIndices);
        Before = ImmutableCollectionsMarshal.AsImmutableArray(before);
        After = ImmutableCollectionsMarshal.AsImmutableArray(after);
        _moved = moved;
        CountsBefore = countsBefore;
        CountsAfter = countsAfter;
    }

    /// <summary>Gets the number of people (the length of every per-person column).</summary>
    public int Count => Before.Length;

    /// <summary>Gets the table of units the people pointed into, as given.</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>Gets the table of peer groups the people pointed into, as given.</summary>
    public ImmutableArray<string> PeerGroups { get; }

    /// <summary>Gets the regulations applied, in order of first use.</summary>
    public ImmutableArray<EvaluationRegulation> Regulations { get; }

    /// <summary>Gets each person's regulation, as a position in <see cref="Regulations"/>.</summary>
    public ImmutableArray<int> RegulationIndices { get; }

    /// <summary>Gets the distinct decisions made, in order of first appearance.</summary>
    public ImmutableArray<EvaluationDecision> Decisions { get; }

    /// <summary>Gets each person's decision on their own merits (before the quota), as a position in
    /// <see cref="Decisions"/>.</summary>
    public ImmutableArray<int> DecisionIndices { get; }

    /// <summary>Gets each person's outcome on their own merits (before the quota).</summary>
    public ImmutableArray<EvaluationOutcome> Before { get; }

    /// <summary>Gets each person's outcome after the quota.</summary>
    public ImmutableArray<EvaluationOutcome> After { get; }

    /// <summary>Gets the counts per outcome on the people's own merits (before the quota).</summary>
    public EvaluationOutcomeCounts CountsBefore { get; }

    /// <summary>Gets the counts per outcome after the quota.</summary>
    public EvaluationOutcomeCounts CountsAfter { get; }

    /// <summary>Gets how many people the quota moved from HTXS to HTT.</summary>
    public int MovedCount => _moved.Length;

    /// <summary>Gets whether some outcome is undetermined (the competent authority must decide).</summary>
    public bool HasUndetermined => CountsAfter[EvaluationOutcome.Undetermined] > 0;

    /// <summary>Gets the regulation applied to a person.</summary>
    /// <param name="index">The person's position (0-based).</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the result.</exception>
    public EvaluationRegulation RegulationOf(int index) => Regulations[RegulationIndices[Check(index)]];

    /// <summary>Gets a person's decision on their own merits (before the quota).</summary>
    /// <param name="index">The person's position (0-based).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the result.</exception>
    public EvaluationDecision DecisionOf(int index) => Decisions[DecisionIndices[Check(index)]];

    /// <summary>Gets the move the quota made for a person, as <see cref="QuotaAllocator"/> describes it (the candidate,
    /// the rank among the group's qualifiers, the group).</summary>
    /// <param name="index">The person's position (0-based).</param>
    /// <returns>The move, or null when the quota did not move the person.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the result.</exception>
    public QuotaDemotion? DemotionOf(int index)
    {
        int move = MoveIndexOf(index);
        return move < 0 ? null : Demotion(index, move);
    }

    /// <summary>Copies the rule codes behind a person's outcome, without repeats and without allocating: the ladder's
    /// deciding rule, the cap, the reason for an undetermined outcome, then the quota rule that moved the person (as
    /// <see cref="EvaluationRoundPerson.CopyCodes(Span{RuleCode})"/>).</summary>
    /// <param name="index">The person's position (0-based).</param>
    /// <param name="destination">The span, of at least <see cref="EvaluationRoundPerson.MaximumCodes"/> codes.</param>
    /// <returns>How many codes were copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the result.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="EvaluationRoundPerson.MaximumCodes"/>.</exception>
    public int CopyCodes(int index, Span<RuleCode> destination)
    {
        int move = MoveIndexOf(index);
        return EvaluationRoundPerson.CopyCodes(DecisionOf(index), move < 0 ? (RuleCode?)null : QuotaRuleOf(move), destination);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Count} people: {CountsAfter}";

    /// <summary>The position of a person among the moves (a binary search of the moved positions, which ascend), or −1.</summary>
    private protected int MoveIndexOf(int index)
    {
        int move = _moved.AsSpan().BinarySearch(Check(index));
        return move >= 0 ? move : -1;
    }

    /// <summary>The move at a position among the moves, for the person at <paramref name="index"/>.</summary>
    private protected abstract QuotaDemotion Demotion(int index, int move);

    /// <summary>The code of the quota rule behind the move at a position among the moves.</summary>
    private protected abstract RuleCode QuotaRuleOf(int move);

    private protected int Check(int index)
    {
        ArgumentBounds.NotNegative(index, nameof(index));
        ArgumentBounds.AtMost(index, Count - 1L, nameof(index));
        return index;
    }
}

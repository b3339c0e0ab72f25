using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of a round over rows (<see cref="EvaluationRound.RunRows"/>): columns of exactly one value per row (row
/// <c>i</c> of the source is position <c>i</c> of each), small tables they point into, the quota's summary of every
/// unit and peer group, the people it moved with the reason, and the counts per outcome. Anything longer (a
/// decision's explanation, a move's candidate and finding) is built on request for the one row asked, by reading that
/// row from the source again.
/// </summary>
/// <remarks>
/// <para>Per person four numbers are kept (10 bytes): the regulation and decision (positions in
/// <see cref="Regulations"/> and <see cref="Decisions"/>) and the outcomes before and after the quota (a byte each);
/// per move three (the row, its rank among the
/// group's qualifiers, the group). The same people run through <see cref="EvaluationRound.Run(System.Collections.Generic.IEnumerable{EvaluationEntry})"/>
/// get the same regulations, decisions, outcomes, moves and group summaries.</para>
/// <para>Immutable and thread-safe, as long as the source keeps its contract (<see cref="EvaluationRowSource"/>): the
/// result keeps the source to explain a row.</para>
/// </remarks>
public sealed class EvaluationRowsResult
{
    private readonly EvaluationRowSource _rows;

    internal EvaluationRowsResult(
        ImmutableArray<string> units,
        ImmutableArray<string> peerGroups,
        ImmutableArray<EvaluationRegulation> regulations,
        int[] regulationIndices,
        ImmutableArray<EvaluationDecision> decisions,
        int[] decisionIndices,
        EvaluationOutcome[] before,
        EvaluationOutcome[] after,
        int[] movedRows,
        int[] movedRanks,
        int[] movedGroups,
        ImmutableArray<QuotaGroupResult> groups,
        ImmutableArray<int> groupRegulations,
        EvaluationRowSource rows,
        EvaluationOutcomeCounts countsBefore,
        EvaluationOutcomeCounts countsAfter)
    {
        ArgumentNullException.ThrowIfNull(regulationIndices);
        ArgumentNullException.ThrowIfNull(decisionIndices);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(movedRows);
        ArgumentNullException.ThrowIfNull(movedRanks);
        ArgumentNullException.ThrowIfNull(movedGroups);
        ArgumentNullException.ThrowIfNull(rows);
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
        MovedRows = ImmutableCollectionsMarshal.AsImmutableArray(movedRows);
        MovedRanks = ImmutableCollectionsMarshal.AsImmutableArray(movedRanks);
        MovedGroups = ImmutableCollectionsMarshal.AsImmutableArray(movedGroups);
        Groups = groups;
        GroupRegulations = groupRegulations;
        _rows = rows;
        CountsBefore = countsBefore;
        CountsAfter = countsAfter;
    }

    /// <summary>Gets the number of rows (the length of every per-row column).</summary>
    public int Count => Before.Length;

    /// <summary>Gets the table of units the rows pointed into, as given.</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>Gets the table of peer groups the rows pointed into, as given.</summary>
    public ImmutableArray<string> PeerGroups { get; }

    /// <summary>Gets the regulations applied, in order of first use.</summary>
    public ImmutableArray<EvaluationRegulation> Regulations { get; }

    /// <summary>Gets each row's regulation, as a position in <see cref="Regulations"/>.</summary>
    public ImmutableArray<int> RegulationIndices { get; }

    /// <summary>Gets the distinct decisions made, in order of first appearance.</summary>
    public ImmutableArray<EvaluationDecision> Decisions { get; }

    /// <summary>Gets each row's decision on its own merits (before the quota), as a position in <see cref="Decisions"/>.</summary>
    public ImmutableArray<int> DecisionIndices { get; }

    /// <summary>Gets each row's outcome on its own merits (before the quota).</summary>
    public ImmutableArray<EvaluationOutcome> Before { get; }

    /// <summary>Gets each row's outcome after the quota.</summary>
    public ImmutableArray<EvaluationOutcome> After { get; }

    /// <summary>Gets the rows the quota moved from HTXS to HTT, ascending.</summary>
    public ImmutableArray<int> MovedRows { get; }

    /// <summary>Gets the rank of each moved row among its group's qualifiers (1 = first), aligned with <see cref="MovedRows"/>.</summary>
    public ImmutableArray<int> MovedRanks { get; }

    /// <summary>Gets the group of each moved row, as a position in <see cref="Groups"/>, aligned with <see cref="MovedRows"/>.</summary>
    public ImmutableArray<int> MovedGroups { get; }

    /// <summary>Gets the quota's summary of every unit and peer group with someone rated under a regulation that has a
    /// quota: per regulation in order of first use, then by unit and peer group in ordinal order of their names (the
    /// order of <see cref="QuotaAllocation.Groups"/>).</summary>
    public ImmutableArray<QuotaGroupResult> Groups { get; }

    /// <summary>Gets the regulation of each group, as a position in <see cref="Regulations"/>, aligned with <see cref="Groups"/>.</summary>
    public ImmutableArray<int> GroupRegulations { get; }

    /// <summary>Gets the counts per outcome on the rows' own merits (before the quota).</summary>
    public EvaluationOutcomeCounts CountsBefore { get; }

    /// <summary>Gets the counts per outcome after the quota.</summary>
    public EvaluationOutcomeCounts CountsAfter { get; }

    /// <summary>Gets how many rows the quota moved from HTXS to HTT.</summary>
    public int MovedCount => MovedRows.Length;

    /// <summary>Gets whether some outcome is undetermined (the competent authority must decide).</summary>
    public bool HasUndetermined => CountsAfter[EvaluationOutcome.Undetermined] > 0;

    /// <summary>Gets the regulation applied to a row.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public EvaluationRegulation RegulationOf(int row) => Regulations[RegulationIndices[Check(row)]];

    /// <summary>Gets a row's decision on its own merits (before the quota).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public EvaluationDecision DecisionOf(int row) => Decisions[DecisionIndices[Check(row)]];

    /// <summary>Gets the position of a row in <see cref="MovedRows"/> (a binary search).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The position, or −1 when the quota did not move the row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public int MoveOf(int row)
    {
        int k = MovedRows.AsSpan().BinarySearch(Check(row));
        return k >= 0 ? k : -1;
    }

    /// <summary>Builds the move the quota made for a row, as <see cref="QuotaAllocator"/> describes it (the candidate
    /// with its identifier and score, read from the source again, its rank and its group).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The move, or null when the quota did not move the row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public QuotaDemotion? DemotionOf(int row)
    {
        int k = MoveOf(row);
        if (k < 0)
        {
            return null;
        }

        QuotaGroupResult group = Groups[MovedGroups[k]];
        EvaluationInput input = Read(row);
        var candidate = new QuotaCandidate(_rows.IdOf(row), group.Unit, group.PeerGroup, EvaluationLevel.Excellent, input.HasScore ? input.ScoreTotal : null, group.UnitIsOutstanding);
        return new QuotaDemotion(candidate, MovedRanks[k], group);
    }

    /// <summary>Explains a row's decision: the row is read from the source again and classified with its explanation
    /// (<see cref="EvaluationRegulation.Explain(EvaluationInput)"/>); the verdict's outcome is
    /// <see cref="DecisionOf"/>.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public Verdict<EvaluationDecision> Explain(int row) => RegulationOf(row).Explain(Read(row));

    /// <summary>Copies the rule codes behind a row's outcome, without repeats and without allocating: the ladder's
    /// deciding rule, the cap, the reason for an undetermined outcome, then the quota rule that moved the row (as
    /// <see cref="EvaluationRoundPerson.CopyCodes(Span{RuleCode})"/>).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <param name="destination">The span, of at least <see cref="EvaluationRoundPerson.MaximumCodes"/> codes.</param>
    /// <returns>How many codes were copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="EvaluationRoundPerson.MaximumCodes"/>.</exception>
    public int CopyCodes(int row, Span<RuleCode> destination)
    {
        int k = MoveOf(row);
        return EvaluationRoundPerson.CopyCodes(DecisionOf(row), k < 0 ? (RuleCode?)null : Groups[MovedGroups[k]].Rule.Code, destination);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Count} rows: {CountsAfter}";

    private EvaluationInput Read(int row)
    {
        var facts = new EvaluationRowFacts();
        facts.Reset();
        _rows.ReadFacts(row, facts);
        return facts.Input.Snapshot().Validate();
    }

    private int Check(int row)
    {
        ArgumentBounds.NotNegative(row, nameof(row));
        ArgumentBounds.AtMost(row, Count - 1L, nameof(row));
        return row;
    }
}

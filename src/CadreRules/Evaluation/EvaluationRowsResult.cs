using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of a round over rows (<see cref="EvaluationRound.RunRows"/>): the columns of
/// <see cref="EvaluationColumnsResult"/>, one value per row (row <c>i</c> of the source is position <c>i</c> of each),
/// the quota's summary of every unit and peer group, and the people it moved with their rank and group. Anything longer
/// (a decision's explanation, a move's candidate and finding) is built on request for the one row asked, by reading
/// that row from the source again.
/// </summary>
/// <remarks>
/// <para>Per person 10 bytes are kept (see <see cref="EvaluationColumnsResult"/>); per move three numbers (the row, its
/// rank among the group's qualifiers, the group). The same people run through
/// <see cref="EvaluationRound.Run(System.Collections.Generic.IEnumerable{EvaluationEntry})"/> get the same regulations,
/// decisions, outcomes, moves and group summaries.</para>
/// <para>Immutable and thread-safe, as long as the source keeps its contract (<see cref="EvaluationRowSource"/>): the
/// result keeps the source to explain a row.</para>
/// </remarks>
public sealed class EvaluationRowsResult : EvaluationColumnsResult
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
        : base(units, peerGroups, regulations, regulationIndices, decisions, decisionIndices, before, after, movedRows ?? throw new ArgumentNullException(nameof(movedRows)), countsBefore, countsAfter)
    {
        ArgumentNullException.ThrowIfNull(movedRanks);
        ArgumentNullException.ThrowIfNull(movedGroups);
        ArgumentNullException.ThrowIfNull(rows);
        MovedRows = ImmutableCollectionsMarshal.AsImmutableArray(movedRows);
        MovedRanks = ImmutableCollectionsMarshal.AsImmutableArray(movedRanks);
        MovedGroups = ImmutableCollectionsMarshal.AsImmutableArray(movedGroups);
        Groups = groups;
        GroupRegulations = groupRegulations;
        _rows = rows;
    }

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

    /// <summary>Gets the regulation of each group, as a position in
    /// <see cref="EvaluationColumnsResult.Regulations"/>, aligned with <see cref="Groups"/>.</summary>
    public ImmutableArray<int> GroupRegulations { get; }

    /// <summary>Gets the position of a row in <see cref="MovedRows"/> (a binary search).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The position, or −1 when the quota did not move the row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public int MoveOf(int row) => MoveIndexOf(row);

    /// <summary>Explains a row's decision: the row is read from the source again and classified with its explanation
    /// (<see cref="EvaluationRegulation.Explain(EvaluationInput)"/>); the verdict's outcome is
    /// <see cref="EvaluationColumnsResult.DecisionOf"/>.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the result.</exception>
    public Verdict<EvaluationDecision> Explain(int row) => RegulationOf(row).Explain(Read(row));

    /// <inheritdoc/>
    public override string ToString() => $"{Count} rows: {CountsAfter}";

    // The move is built on request: the candidate's identifier and score are read from the source again.
    private protected override QuotaDemotion Demotion(int index, int move)
    {
        QuotaGroupResult group = Groups[MovedGroups[move]];
        EvaluationInput input = Read(index);
        var candidate = new QuotaCandidate(_rows.IdOf(index), group.Unit, group.PeerGroup, EvaluationLevel.Excellent, input.HasScore ? input.ScoreTotal : null, group.UnitIsOutstanding);
        return new QuotaDemotion(candidate, MovedRanks[move], group);
    }

    private protected override RuleCode QuotaRuleOf(int move) => Groups[MovedGroups[move]].Rule.Code;

    private EvaluationInput Read(int row)
    {
        var facts = new EvaluationRowFacts();
        facts.Reset();
        _rows.ReadFacts(row, facts);
        return facts.Input.Snapshot().Validate();
    }
}

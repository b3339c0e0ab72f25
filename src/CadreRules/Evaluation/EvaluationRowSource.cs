using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The people of a round over rows (<see cref="EvaluationRound.RunRows"/>), read where the caller keeps them: person
/// <c>row</c> (0 to <see cref="Count"/> − 1) is identified by that position, their unit and peer group are positions in
/// the round's name tables, and their facts are written on request into the round's <see cref="EvaluationRowFacts"/>.
/// </summary>
/// <remarks>
/// <para><b>Why a source.</b> A population of millions is usually already held in columns (arrays of scores, counts,
/// flags, dates) or in a reader over a file or a database. Copying it into objects or into the library's own columns
/// (a <see cref="TaskCounts"/> is 24 bytes, a <see cref="ScoreCard"/> 56) would cost more memory than the caller's data;
/// a source lets the round read each row where it is, with nothing kept per person but the result's columns.</para>
/// <para><b>What is read, and when.</b> The round reads every row once in order (<see cref="UnitOf"/>,
/// <see cref="PeerGroupOf"/>, <see cref="SubjectKindOf"/>, <see cref="ReadFacts"/>, and <see cref="UnitIsOutstanding"/>
/// for a person the quota counts), reads the unit of each person qualified for HTXS under a quota a second time (of
/// every person the quota counts, with their peer group and flag, when some unit holds several groups), and then,
/// only inside a unit and peer group where the quota moves someone, the facts (for the score) and the identifier of
/// the people qualified for HTXS there. The identifier (<see cref="IdOf"/>) is
/// otherwise read only for an error and for <see cref="EvaluationColumnsResult.DemotionOf"/>; the facts again only for
/// <see cref="EvaluationRowsResult.Explain"/>. So a caller may compute identifiers lazily and keep no string per person.</para>
/// <para><b>Contract.</b> Every method returns the same answer for the same row every time, for as long as the round
/// runs and its result is used (a result explains a row by reading it again), and may be called from any thread. The
/// round does not check identifiers for uniqueness across the rows (the position is the identity); two rows whose
/// identifiers are equal (compared trimmed, ignoring case) are an error where the quota ranks them against each other.</para>
/// </remarks>
public abstract class EvaluationRowSource
{
    /// <summary>Gets the number of rows.</summary>
    public abstract int Count { get; }

    /// <summary>Gets the position of a row's unit in the round's table of units.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The position; one outside the table is an error of the field <c>unit</c>.</returns>
    public abstract int UnitOf(int row);

    /// <summary>Gets the position of a row's peer group in the round's table of peer groups.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The position; one outside the table is an error of the field <c>peerGroup</c>.</returns>
    public abstract int PeerGroupOf(int row);

    /// <summary>Gets who is evaluated on a row (selects the regulation with the evaluation date).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The subject kind.</returns>
    public abstract SubjectKind SubjectKindOf(int row);

    /// <summary>Gets a row's identifier (read only where an error, a tie in the quota or a demotion needs it).</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The identifier.</returns>
    public abstract CadreId IdOf(int row);

    /// <summary>Gets whether a row's unit is recognised as outstanding (one flag per unit and peer group); false unless
    /// overridden.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <returns>The flag.</returns>
    public virtual bool UnitIsOutstanding(int row) => false;

    /// <summary>Writes a row's facts. When called, every optional fact of <paramref name="facts"/> holds its default;
    /// the required ones, <see cref="EvaluationRowFacts.Year"/>, <see cref="EvaluationRowFacts.EvaluatedOn"/>,
    /// <see cref="EvaluationRowFacts.Role"/> and <see cref="EvaluationRowFacts.Tasks"/>, must be set for every row
    /// (a row that leaves one unset is an error of that field). An
    /// <see cref="EvaluationInputException"/> thrown here (by a setter, or by the source) is reported with the row.</summary>
    /// <param name="row">The row (0-based).</param>
    /// <param name="facts">Where to write; valid during this call only.</param>
    public abstract void ReadFacts(int row, EvaluationRowFacts facts);
}

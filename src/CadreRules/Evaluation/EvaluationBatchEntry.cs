using System;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// One person of an evaluation round in its batch form (<see cref="EvaluationRound.RunBatch"/>): their identifier,
/// their unit and peer group as positions in the batch's name tables, who they are (selects the regulation), their
/// facts and their unit's outstanding flag.
/// </summary>
/// <remarks>
/// <para>A small value: the names are given once, in the tables passed to <see cref="EvaluationRound.RunBatch"/>, so a
/// stream of entries carries two integers where <see cref="EvaluationEntry"/> carries two strings, and the round neither
/// interns nor hashes them. Everything else means what it means in <see cref="EvaluationEntry"/>.</para>
/// <para>The default value is invalid (no facts): the round rejects it. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct EvaluationBatchEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="id">The person's identifier, unique in the round (compared trimmed, ignoring case).</param>
    /// <param name="unit">The unit the quota is counted in: a position in the round's table of units (0-based).</param>
    /// <param name="peerGroup">The peer group within the unit: a position in the round's table of peer groups (0-based).</param>
    /// <param name="subjectKind">Who is evaluated (selects the regulation).</param>
    /// <param name="input">The person's facts.</param>
    /// <param name="unitIsOutstanding">Whether the unit is recognised as outstanding (one flag per unit and peer group).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> or <paramref name="peerGroup"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="EvaluationInputException">Two facts of <paramref name="input"/> disagree (<see cref="EvaluationInput.Validate"/>).</exception>
    public EvaluationBatchEntry(CadreId id, int unit, int peerGroup, SubjectKind subjectKind, EvaluationInput input, bool unitIsOutstanding = false)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new InvalidInputException("An evaluation entry needs an identifier.", nameof(id));
        }

        ArgumentBounds.NotNegative(unit, nameof(unit));
        ArgumentBounds.NotNegative(peerGroup, nameof(peerGroup));
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        Id = id;
        Unit = unit;
        PeerGroup = peerGroup;
        SubjectKind = subjectKind;
        Input = input;
        UnitIsOutstanding = unitIsOutstanding;
    }

    /// <summary>Gets the person's identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the position of the person's unit in the round's table of units.</summary>
    public int Unit { get; }

    /// <summary>Gets the position of the person's peer group in the round's table of peer groups.</summary>
    public int PeerGroup { get; }

    /// <summary>Gets who is evaluated.</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>Gets the person's facts (role, evaluation date, tasks, score or grades…), or null for the default value.</summary>
    public EvaluationInput Input { get; }

    /// <summary>Gets whether the person's unit is recognised as outstanding.</summary>
    public bool UnitIsOutstanding { get; }
}

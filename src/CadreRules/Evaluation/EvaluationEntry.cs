using System;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>One person of an <see cref="EvaluationSheet"/>: identity, quota grouping, subject kind and the facts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EvaluationEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="id">The person's identifier.</param>
    /// <param name="unit">The unit the quota is counted in.</param>
    /// <param name="peerGroup">The peer group within the unit (e.g. leaders, members).</param>
    /// <param name="subjectKind">Who is evaluated: a party member, a civil servant… (selects the regulation in force).</param>
    /// <param name="input">The evaluation facts.</param>
    /// <param name="name">The person's name, or null.</param>
    /// <param name="unitIsOutstanding">Whether the unit itself was rated HTXS (some regimes allow a larger share).</param>
    /// <exception cref="ArgumentException">The identifier, unit or peer group is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="EvaluationInputException">Two facts of <paramref name="input"/> disagree (<see cref="EvaluationInput.Validate"/>).</exception>
    public EvaluationEntry(CadreId id, string unit, string peerGroup, SubjectKind subjectKind, EvaluationInput input, string? name = null, bool unitIsOutstanding = false)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new InvalidInputException("An evaluation entry needs an identifier.", nameof(id));
        }

        ArgumentBounds.NotBlank(unit, nameof(unit));
        ArgumentBounds.NotBlank(peerGroup, nameof(peerGroup));
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        Id = id;
        Unit = unit;
        PeerGroup = peerGroup;
        SubjectKind = subjectKind;
        Input = input;
        Name = name;
        UnitIsOutstanding = unitIsOutstanding;
    }

    /// <summary>Gets the person's identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the person's name, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the unit the quota is counted in.</summary>
    public string Unit { get; }

    /// <summary>Gets the peer group within the unit.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets who is evaluated.</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>Gets whether the unit itself was rated HTXS.</summary>
    public bool UnitIsOutstanding { get; }

    /// <summary>Gets the evaluation facts.</summary>
    public EvaluationInput Input { get; }

    /// <summary>The quota candidate for this person once classified (the score is the score card's total, if any).</summary>
    /// <param name="qualifiedLevel">The level the person qualifies for before the quota.</param>
    /// <returns>The candidate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifiedLevel"/> is not defined.</exception>
    public QuotaCandidate ToQuotaCandidate(EvaluationLevel qualifiedLevel) =>
        new(Id, Unit, PeerGroup, qualifiedLevel, Input.Score?.Total, UnitIsOutstanding);
}

using System;
using System.Globalization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// One member of a population under a unit quota: who they are, which unit and peer group ("similar roles",
/// vị trí, vai trò, chức năng, nhiệm vụ tương đồng) they belong to, the level they reached on their own merits, their
/// score and whether their unit has been recognised as outstanding.
/// </summary>
/// <remarks>
/// A small immutable value: the quota needs nothing else about the person, so it does not depend on any particular
/// evaluation regime's inputs. The default value is invalid (no unit) and is rejected by <see cref="QuotaAllocator"/>.
/// </remarks>
public readonly record struct QuotaCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="id">The stable identifier; ties are broken by its ordinal order, so it must be unique in the population.</param>
    /// <param name="unit">The unit (cơ quan, đơn vị, or for a unit population the parent unit).</param>
    /// <param name="peerGroup">The peer group key inside the unit (those with similar roles).</param>
    /// <param name="qualifiedLevel">The level reached on the person's own merits, before the quota.</param>
    /// <param name="score">The score on the 100-point scale, or <see langword="null"/> for grade-based regimes.</param>
    /// <param name="unitIsOutstanding">Whether the competent level recognised the unit as outstanding
    /// (thành tích xuất sắc, nổi trội), which may raise the cap to 25% where the regime allows it.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="unit"/> or
    /// <paramref name="peerGroup"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifiedLevel"/> is not defined, or
    /// <paramref name="score"/> is outside 0 to 100.</exception>
    public QuotaCandidate(CadreId id, string unit, string peerGroup, EvaluationLevel qualifiedLevel, decimal? score = null, bool unitIsOutstanding = false)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new InvalidInputException("A quota candidate needs an identifier.", nameof(id));
        }

        ArgumentBounds.NotBlank(unit, nameof(unit));
        ArgumentBounds.NotBlank(peerGroup, nameof(peerGroup));
        // The levels are 0 to 3 (a range check; Enum.IsDefined is a look-up per call, and a national batch makes millions).
        if (unchecked((uint)qualifiedLevel) > (uint)EvaluationLevel.NotComplete)
        {
            throw new InputOutOfRangeException(nameof(qualifiedLevel), qualifiedLevel, $"Candidate '{id}': unknown level.");
        }

        // The sign bit before a comparison (negative zero is zero, and accepted): one decimal comparison per candidate.
        if (score is { } s && ((decimal.IsNegative(s) && s != 0m) || s > 100m))
        {
            string text = s.ToString(CultureInfo.InvariantCulture);
            throw new InputOutOfRangeException(nameof(score), s, $"Candidate '{id}': a score is between 0 and 100, not {text}.");
        }

        Id = id;
        Unit = unit;
        PeerGroup = peerGroup;
        QualifiedLevel = qualifiedLevel;
        Score = score;
        UnitIsOutstanding = unitIsOutstanding;
    }

    /// <summary>Gets the stable identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the peer group key inside the unit.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets the level reached on the person's own merits, before the quota.</summary>
    public EvaluationLevel QualifiedLevel { get; }

    /// <summary>Gets the score, if the regime scores on 100 points.</summary>
    public decimal? Score { get; }

    /// <summary>Gets a value indicating whether the unit is recognised as outstanding.</summary>
    public bool UnitIsOutstanding { get; }

    /// <summary>Returns a copy with another level (for example the final level after an allocation).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public QuotaCandidate WithLevel(EvaluationLevel level) => new(Id, Unit, PeerGroup, level, Score, UnitIsOutstanding);
}

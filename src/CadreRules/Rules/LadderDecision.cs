using System;
using System.Collections.Generic;

namespace CadreRules.Rules;

/// <summary>
/// The answer of a <see cref="DecisionLadder{TFacts, TLevel}"/> without an explanation: the outcome kind, the level,
/// the code of the rule that decided it, and the cap applied if any. Building one allocates nothing.
/// </summary>
/// <typeparam name="TLevel">The level type.</typeparam>
public readonly struct LadderDecision<TLevel> : IEquatable<LadderDecision<TLevel>>
    where TLevel : struct, Enum
{
    internal LadderDecision(OutcomeKind kind, TLevel level, RuleCode decidedBy, RuleCode cappedBy, TLevel uncappedLevel)
    {
        Kind = kind;
        Level = level;
        DecidedBy = decidedBy;
        CappedBy = cappedBy;
        UncappedLevel = uncappedLevel;
    }

    /// <summary>Gets the kind of answer.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>Gets the level; meaningful only when <see cref="Kind"/> is <see cref="OutcomeKind.Level"/>.</summary>
    public TLevel Level { get; }

    /// <summary>Gets the code of the exclusion, override or level guard that decided; empty when undetermined.</summary>
    public RuleCode DecidedBy { get; }

    /// <summary>Gets the code of the cap that lowered the level, or an empty code.</summary>
    public RuleCode CappedBy { get; }

    /// <summary>Gets the level before a cap was applied (equal to <see cref="Level"/> when no cap applied).</summary>
    public TLevel UncappedLevel { get; }

    /// <summary>Gets a value indicating whether a level was given.</summary>
    public bool HasLevel => Kind == OutcomeKind.Level;

    /// <inheritdoc />
    public bool Equals(LadderDecision<TLevel> other) =>
        Kind == other.Kind
        && EqualityComparer<TLevel>.Default.Equals(Level, other.Level)
        && DecidedBy == other.DecidedBy
        && CappedBy == other.CappedBy
        && EqualityComparer<TLevel>.Default.Equals(UncappedLevel, other.UncappedLevel);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LadderDecision<TLevel> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, DecidedBy, CappedBy);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        OutcomeKind.Level => Level + " (" + DecidedBy + (CappedBy.IsEmpty ? string.Empty : ", capped by " + CappedBy) + ")",
        OutcomeKind.NotRated => "not rated (" + DecidedBy + ")",
        _ => "undetermined",
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left decision.</param>
    /// <param name="right">The right decision.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LadderDecision<TLevel> left, LadderDecision<TLevel> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left decision.</param>
    /// <param name="right">The right decision.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LadderDecision<TLevel> left, LadderDecision<TLevel> right) => !left.Equals(right);
}

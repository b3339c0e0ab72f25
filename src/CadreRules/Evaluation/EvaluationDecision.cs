using System;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The answer of an <see cref="EvaluationRegulation"/> for one input, without an explanation: the ladder's decision
/// (a level, not rated, or undetermined, with the code of the rule that decided and any cap), the reason when
/// undetermined, and the policy that decided when a [U] policy made the difference. Building one allocates nothing.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct EvaluationDecision : IEquatable<EvaluationDecision>
{
    internal EvaluationDecision(EvaluationRegime regime, LadderDecision<EvaluationLevel> ladder, RuleCode undeterminedReason, HighScorePolicy? decidingPolicy)
    {
        Regime = regime;
        Ladder = ladder;
        UndeterminedReason = undeterminedReason;
        DecidingPolicy = decidingPolicy;
    }

    /// <summary>Gets the regime that decided.</summary>
    public EvaluationRegime Regime { get; }

    /// <summary>Gets the decision of the regime's ladder.</summary>
    public LadderDecision<EvaluationLevel> Ladder { get; }

    /// <summary>Gets the kind of answer: a level, not rated (không xếp loại), or undetermined.</summary>
    public OutcomeKind Kind => Ladder.Kind;

    /// <summary>Gets the level; meaningful only when <see cref="Kind"/> is <see cref="OutcomeKind.Level"/>.</summary>
    public EvaluationLevel Level => Ladder.Level;

    /// <summary>Gets a value indicating whether a level was given.</summary>
    public bool HasLevel => Ladder.HasLevel;

    /// <summary>Gets the code of the exclusion, override or level rule that decided (empty when undetermined).</summary>
    public RuleCode DecidedBy => Ladder.DecidedBy;

    /// <summary>Gets the code of the cap that lowered the level, or an empty code.</summary>
    public RuleCode CappedBy => Ladder.CappedBy;

    /// <summary>Gets the code of the gap that left the outcome undetermined, or an empty code.</summary>
    public RuleCode UndeterminedReason { get; }

    /// <summary>Gets the <see cref="HighScorePolicy"/> that made the difference (the score lies above the band of the
    /// level given, or the outcome is undetermined with a score in a band whose conditions fail), or
    /// <see langword="null"/> when no policy was involved.</summary>
    public HighScorePolicy? DecidingPolicy { get; }

    /// <inheritdoc />
    public bool Equals(EvaluationDecision other) =>
        Regime == other.Regime && Ladder == other.Ladder && UndeterminedReason == other.UndeterminedReason && DecidingPolicy == other.DecidingPolicy;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EvaluationDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Regime, Ladder, UndeterminedReason, DecidingPolicy);

    /// <inheritdoc />
    public override string ToString() =>
        Regime + ": " + (Kind == OutcomeKind.Undetermined ? "undetermined (" + UndeterminedReason + ")" : Ladder.ToString())
        + (DecidingPolicy is { } policy ? " [policy " + policy + "]" : string.Empty);

    /// <summary>Equality.</summary>
    /// <param name="left">The left decision.</param>
    /// <param name="right">The right decision.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EvaluationDecision left, EvaluationDecision right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left decision.</param>
    /// <param name="right">The right decision.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(EvaluationDecision left, EvaluationDecision right) => !left.Equals(right);
}

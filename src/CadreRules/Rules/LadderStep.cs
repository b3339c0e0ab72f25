using System;

namespace CadreRules.Rules;

/// <summary>One step of a <see cref="DecisionLadder{TFacts, TLevel}"/>: its role, its level and its guard rule.</summary>
/// <typeparam name="TFacts">The facts type.</typeparam>
/// <typeparam name="TLevel">The level type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LadderStep<TFacts, TLevel>
    where TLevel : struct, Enum
{
    internal LadderStep(LadderStepKind kind, TLevel level, Rule<TFacts> guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        Kind = kind;
        Level = level;
        Guard = guard;
    }

    /// <summary>Gets the step's role.</summary>
    public LadderStepKind Kind { get; }

    /// <summary>Gets the level given (override, level) or the highest level allowed (cap); the default value for an exclusion.</summary>
    public TLevel Level { get; }

    /// <summary>Gets the rule that must be satisfied for the step to act.</summary>
    public Rule<TFacts> Guard { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + (Kind == LadderStepKind.Exclusion ? string.Empty : Level + " ") + Guard.Code;
}

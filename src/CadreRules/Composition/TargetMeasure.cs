using System;
using CadreRules.Rules;

namespace CadreRules.Composition;

/// <summary>
/// A share against a target under a rounding policy: the people the target requires of the body, whether the count
/// meets it and how many people are short. The one place this arithmetic is done (the body's own targets use
/// <see cref="TargetRounding.Exact"/>).
/// </summary>
/// <remarks>Exact integer arithmetic. An empty body meets only a zero target (it requires 0 people then, else 1).
/// Immutable and thread-safe.</remarks>
/// <param name="Required">The people the target requires, the members unchanged.</param>
/// <param name="Met">Whether the count meets the target.</param>
/// <param name="Shortfall">How many more people counted it would take (required − count, at least 0); 0 exactly when met.</param>
public readonly record struct TargetMeasure(long Required, bool Met, long Shortfall)
{
    /// <summary>Measures a share against a target.</summary>
    /// <param name="share">The count and the members.</param>
    /// <param name="target">The target share.</param>
    /// <param name="rounding">How the target turns into people.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined value.</exception>
    public static TargetMeasure Of(CompositionShare share, Share target, TargetRounding rounding)
    {
        long required = share.Total == 0
            ? (target == Share.Zero ? 0 : 1)
            : rounding switch
            {
                TargetRounding.Exact => target.CeilingOf(share.Total),
                TargetRounding.NearestPerson => checked(((2 * target.Numerator * share.Total) + target.Denominator) / (2 * target.Denominator)),
                _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding."),
            };
        long shortfall = Math.Max(0, required - share.Count);
        return new TargetMeasure(required, shortfall == 0, shortfall);
    }
}

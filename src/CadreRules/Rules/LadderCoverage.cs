using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>The gaps and overlaps of a <see cref="DecisionLadder{TFacts, TLevel}"/> over a set of inputs.</summary>
/// <typeparam name="TFacts">The facts type.</typeparam>
/// <typeparam name="TLevel">The level type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LadderCoverage<TFacts, TLevel>
    where TLevel : struct, Enum
{
    internal LadderCoverage(int inputCount, ImmutableArray<TFacts> gaps, ImmutableArray<LadderOverlap<TFacts, TLevel>> overlaps)
    {
        InputCount = inputCount;
        Gaps = gaps;
        Overlaps = overlaps;
    }

    /// <summary>Gets how many inputs were checked.</summary>
    public int InputCount { get; }

    /// <summary>Gets the inputs that reach the rungs and satisfy no level (their outcome is undetermined).</summary>
    public ImmutableArray<TFacts> Gaps { get; }

    /// <summary>Gets the inputs that satisfy more than one level.</summary>
    public ImmutableArray<LadderOverlap<TFacts, TLevel>> Overlaps { get; }

    /// <summary>Gets a value indicating whether there is neither a gap nor an overlap.</summary>
    public bool IsComplete => Gaps.IsEmpty && Overlaps.IsEmpty;
}

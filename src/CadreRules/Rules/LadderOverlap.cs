using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>An input that satisfies more than one level of a ladder.</summary>
/// <typeparam name="TFacts">The facts type.</typeparam>
/// <typeparam name="TLevel">The level type.</typeparam>
/// <param name="Input">The input.</param>
/// <param name="Levels">The levels whose guards it satisfies, highest first.</param>
public sealed record LadderOverlap<TFacts, TLevel>(TFacts Input, ImmutableArray<TLevel> Levels)
    where TLevel : struct, Enum;

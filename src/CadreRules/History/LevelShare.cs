using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.History;

/// <summary>A level's count over a denominator, and the exact share when the denominator is not zero.</summary>
/// <param name="Level">The level.</param>
/// <param name="Count">The count at the level.</param>
/// <param name="Denominator">The size of the denominator.</param>
/// <param name="Share">The exact share <paramref name="Count"/>/<paramref name="Denominator"/>, or
/// <see langword="null"/> when the denominator is zero (no share, not 0%).</param>
public readonly record struct LevelShare(EvaluationLevel Level, long Count, long Denominator, Share? Share);

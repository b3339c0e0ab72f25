using CadreRules.People;

namespace CadreRules.History;

/// <summary>A level's share over the whole period, by both aggregations, each named.</summary>
/// <param name="Level">The level.</param>
/// <param name="Pooled">The pooled counts: the level's count over all years divided by the denominators' sum over all
/// years (each person-year weighs the same).</param>
/// <param name="MeanOfYearlyShares">The mean of the yearly shares (each year weighs the same, whatever its size), over
/// the years whose denominator is not zero; <see langword="null"/> when there are none. Exact.</param>
/// <param name="YearsInMean">How many years the mean is taken over.</param>
public readonly record struct PeriodShare(EvaluationLevel Level, LevelShare Pooled, ExactFraction? MeanOfYearlyShares, int YearsInMean);

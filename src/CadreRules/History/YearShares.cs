using System;
using System.Collections.Immutable;

namespace CadreRules.History;

/// <summary>The shares of one year.</summary>
/// <param name="Counts">The year's counts.</param>
/// <param name="Denominator">The size of the denominator that year.</param>
/// <param name="Shares">One share per level the denominator covers (all four for
/// <see cref="ShareDenominator.AllRated"/>, HTXS and HTT for <see cref="ShareDenominator.GoodOrBetter"/>), in level
/// order; they sum to exactly 1 when <paramref name="Denominator"/> is not zero.</param>
public sealed record YearShares(YearLevels Counts, long Denominator, ImmutableArray<LevelShare> Shares)
{
    /// <summary>Gets the year's counts.</summary>
    public YearLevels Counts { get; init; } = Counts ?? throw new ArgumentNullException(nameof(Counts));
}

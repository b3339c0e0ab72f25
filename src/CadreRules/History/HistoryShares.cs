using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.History;

/// <summary>
/// Evaluation results across years for a person or a unit: the share of each level in each year and over the period,
/// over a named denominator and by both aggregations (pooled counts, mean of yearly shares), exactly.
/// </summary>
/// <remarks>
/// <para>No regulation sets a floor on these shares (the texts only cap HTXS); a report's "bình quân hằng năm trên 95%
/// HTT" is a report metric that leaves both the denominator and the aggregation unsaid, so this type never picks one
/// silently: the denominator is the caller's, and both aggregations are given, named.</para>
/// <para>Shares are exact fractions (<see cref="Share"/>); round only to print. Immutable and thread-safe.</para>
/// </remarks>
public sealed class HistoryShares
{
    private HistoryShares(ShareDenominator denominator, ImmutableArray<YearShares> years, ImmutableArray<PeriodShare> period)
    {
        Denominator = denominator;
        Years = years;
        Period = period;
    }

    /// <summary>Gets the denominator every share is taken over.</summary>
    public ShareDenominator Denominator { get; }

    /// <summary>Gets the years, oldest first.</summary>
    public ImmutableArray<YearShares> Years { get; }

    /// <summary>Gets the shares over the whole period, one per level the denominator covers.</summary>
    public ImmutableArray<PeriodShare> Period { get; }

    /// <summary>Gets the levels a denominator gives shares for.</summary>
    /// <param name="denominator">The denominator.</param>
    /// <returns>All four levels, or HTXS and HTT.</returns>
    public static ImmutableArray<EvaluationLevel> LevelsOf(ShareDenominator denominator) => denominator == ShareDenominator.GoodOrBetter
        ? [EvaluationLevel.Excellent, EvaluationLevel.Good]
        : [EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete];

    /// <summary>Measures the shares.</summary>
    /// <param name="years">The years, in any order; each year at most once.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The shares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">The same year is given twice, or no year is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not defined.</exception>
    public static HistoryShares Measure(IEnumerable<YearLevels> years, ShareDenominator denominator)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (!Enum.IsDefined(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Unknown ShareDenominator.");
        }

        YearLevels[] all = [.. years];
        foreach (YearLevels year in all)
        {
            ArgumentNullException.ThrowIfNull(year, nameof(years));
        }

        if (all.Length == 0)
        {
            throw new InvalidInputException("No year is given: a history needs at least one year.", nameof(years));
        }

        Array.Sort(all, static (a, b) => a.Year.CompareTo(b.Year));
        for (int i = 1; i < all.Length; i++)
        {
            if (all[i].Year == all[i - 1].Year)
            {
                throw new InvalidInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The year {all[i].Year} is given twice."), nameof(years));
            }
        }

        ImmutableArray<EvaluationLevel> levels = LevelsOf(denominator);
        ImmutableArray<YearShares> yearly = [.. all.Select(y =>
        {
            long over = y.Over(denominator);
            return new YearShares(y, over, [.. levels.Select(l => Of(l, y.CountOf(l), over))]);
        })];

        long pooledOver = 0;
        foreach (YearLevels y in all)
        {
            pooledOver = checked(pooledOver + y.Over(denominator));
        }

        ImmutableArray<PeriodShare> period = [.. levels.Select(l =>
        {
            long count = 0;
            foreach (YearLevels y in all)
            {
                count = checked(count + y.CountOf(l));
            }

            LevelShare[] counted = [.. yearly.Where(y => y.Denominator > 0).Select(y => y.Shares.Single(s => s.Level == l))];
            return new PeriodShare(l, Of(l, count, pooledOver), counted.Length == 0 ? null : Mean(counted), counted.Length);
        })];

        return new HistoryShares(denominator, yearly, period);
    }

    private static LevelShare Of(EvaluationLevel level, long count, long over) => new(level, count, over, over == 0 ? null : Share.Of(count, over));

    // Σ (cᵢ/dᵢ) / n, exactly: the sum over a common denominator, reduced as it goes.
    private static ExactFraction Mean(LevelShare[] shares)
    {
        BigInteger numerator = BigInteger.Zero;
        BigInteger denominator = BigInteger.One;
        foreach (LevelShare s in shares)
        {
            numerator = (numerator * s.Denominator) + (s.Count * denominator);
            denominator *= s.Denominator;
            BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            numerator /= gcd;
            denominator /= gcd;
        }

        return ExactFraction.Of(numerator, denominator * shares.Length);
    }
}

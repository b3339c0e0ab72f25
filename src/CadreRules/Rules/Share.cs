using System;
using System.Numerics;

namespace CadreRules.Rules;

/// <summary>
/// An exact non-negative fraction, such as a count over a total (17/41) or a percentage threshold (30%).
/// Comparisons are exact (cross-multiplication), so 3 of 10 tasks is exactly 30%.
/// </summary>
/// <remarks>
/// The fraction is read in lowest terms (<see cref="Numerator"/>, <see cref="Denominator"/>, equality, hash, text); it is
/// stored as given, so creating and comparing shares costs no GCD. The default value is 0/1. Rounding happens only when
/// formatting (<see cref="FormatPercent(Language, int)"/>), half away from zero. Immutable and thread-safe.
/// </remarks>
public readonly struct Share : IEquatable<Share>, IComparable<Share>
{
    // The fraction as given (not reduced): reducing costs a GCD, which comparisons and floors do not need. The reduced
    // form is computed when it is read (Numerator, Denominator, hash, text).
    private readonly long _numerator;
    private readonly long _denominatorMinusOne;

    private Share(long numerator, long denominator)
    {
        _numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>Gets the numerator in lowest terms.</summary>
    public long Numerator => _numerator / Gcd(_numerator, RawDenominator);

    /// <summary>Gets the denominator in lowest terms (at least 1).</summary>
    public long Denominator => RawDenominator / Gcd(_numerator, RawDenominator);

    private long RawDenominator => _denominatorMinusOne + 1;

    /// <summary>Gets the share 0.</summary>
    public static Share Zero => default;

    /// <summary>Gets the share 1 (100%).</summary>
    public static Share One => new(1, 1);

    /// <summary>Creates the share <paramref name="count"/>/<paramref name="total"/>.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <param name="total">The total, 1 or more.</param>
    /// <returns>The exact share; it may exceed 1 when <paramref name="count"/> exceeds <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="total"/> is less than 1.</exception>
    public static Share Of(long count, long total)
    {
        ArgumentBounds.NotNegative(count, nameof(count));
        ArgumentBounds.AtLeast(total, 1, nameof(total));
        return new Share(count, total);
    }

    /// <summary>Creates a share from a whole percentage, e.g. <c>Percent(30)</c> is 3/10.</summary>
    /// <param name="percent">The percentage, 0 or more.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static Share Percent(int percent)
    {
        ArgumentBounds.NotNegative(percent, nameof(percent));
        return Of(percent, 100);
    }

    /// <summary>Creates a share from a decimal percentage, e.g. <c>Percent(12.5m)</c> is 1/8.</summary>
    /// <param name="percent">The percentage, 0 or more, with at most 6 decimals.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or has more than 6 decimals.</exception>
    public static Share Percent(decimal percent)
    {
        ArgumentBounds.NotNegative(percent, nameof(percent));
        decimal scaled = percent * 1_000_000m;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            throw new InputOutOfRangeException(nameof(percent), percent, "A percentage has at most 6 decimals.");
        }

        return Of((long)scaled, 100_000_000);
    }

    /// <summary>Tells whether <paramref name="count"/>/<paramref name="total"/> is at least this share, exactly.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <param name="total">The total, 1 or more.</param>
    /// <returns><see langword="true"/> when count × denominator ≥ numerator × total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="total"/> is less than 1.</exception>
    public bool IsReachedBy(long count, long total)
    {
        ArgumentBounds.NotNegative(count, nameof(count));
        ArgumentBounds.AtLeast(total, 1, nameof(total));
        long n = _numerator, d = RawDenominator;
        if (((ulong)(count | total | n | d) >> 31) == 0)
        {
            return count * d >= n * total;
        }

        return (Int128)count * d >= (Int128)n * total;
    }

    /// <summary>Gets the largest whole count k with k/<paramref name="total"/> ≤ this share (the floor of share × total).</summary>
    /// <param name="total">The total, 0 or more.</param>
    /// <returns>⌊share × total⌋.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public long FloorOf(long total)
    {
        ArgumentBounds.NotNegative(total, nameof(total));
        return (long)((Int128)_numerator * total / RawDenominator);
    }

    /// <summary>Gets the smallest whole count k with k/<paramref name="total"/> ≥ this share (the ceiling of share × total).</summary>
    /// <param name="total">The total, 0 or more.</param>
    /// <returns>⌈share × total⌉.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public long CeilingOf(long total)
    {
        ArgumentBounds.NotNegative(total, nameof(total));
        Int128 product = (Int128)_numerator * total;
        return (long)((product + RawDenominator - 1) / RawDenominator);
    }

    /// <summary>Formats the share as a percentage with a fixed number of decimals, rounded half away from zero,
    /// with a decimal comma in Vietnamese ("41,5%") and a point in English ("41.5%").</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Decimals to show, 0 to 6.</param>
    /// <returns>The percentage text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public string FormatPercent(Language language, int decimals = 1)
    {
        ArgumentBounds.Between(decimals, 0, 6, nameof(decimals));
        Int128 scale = 100;
        for (int i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        Int128 scaled = ((2 * (Int128)_numerator * scale) + RawDenominator) / (2 * (Int128)RawDenominator);
        Int128 unit = scale / 100;
        string whole = (scaled / unit).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (decimals == 0)
        {
            return whole + "%";
        }

        string fraction = (scaled % unit).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        return whole + (language == Language.Vietnamese ? "," : ".") + fraction + "%";
    }

    /// <inheritdoc />
    public bool Equals(Share other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Share other)
    {
        long a = _numerator, b = RawDenominator, c = other._numerator, d = other.RawDenominator;

        // Fast path: when every term fits in 31 bits, the cross products fit in a long (the usual case: counts of tasks,
        // members, percentages). Otherwise compare exactly in 128 bits.
        if (((ulong)(a | b | c | d) >> 31) == 0)
        {
            return (a * d).CompareTo(c * b);
        }

        return ((Int128)a * d).CompareTo((Int128)c * b);
    }

    /// <summary>Formats the share as <c>numerator/denominator</c>.</summary>
    /// <returns>The fraction text.</returns>
    public override string ToString() => Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Denominator.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Exact equality.</summary>
    /// <param name="left">The left share.</param>
    /// <param name="right">The right share.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    /// <param name="left">The left share.</param>
    /// <param name="right">The right share.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Exact comparison.</summary>
    /// <param name="left">The left share.</param>
    /// <param name="right">The right share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Exact comparison.</summary>
    /// <param name="left">The left share.</param>
    /// <param name="right">The right share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Exact comparison.</summary>
    /// <param name="left">The left share.</param>
    /// <param name="right">The right share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Exact comparison.</summary>
    /// <param name="left">The left share.</param>
    /// <param name="right">The right share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    private static long Gcd(long a, long b)
    {
        // Binary GCD (Stein) on a >= 0 and b >= 1 (b is always a denominator): shifts and subtractions instead of a
        // division per step.
        if (a == 0)
        {
            return b;
        }

        int shift = BitOperations.TrailingZeroCount((ulong)(a | b));
        a >>= BitOperations.TrailingZeroCount((ulong)a);
        do
        {
            b >>= BitOperations.TrailingZeroCount((ulong)b);
            if (a > b)
            {
                (a, b) = (b, a);
            }

            b -= a;
        }
        while (b != 0);

        return a << shift;
    }
}

using System;
using System.Globalization;
using System.Numerics;
using CadreRules.Rules;

namespace CadreRules.History;

/// <summary>An exact non-negative fraction in lowest terms with arbitrary-size integers: the mean of several yearly
/// shares, whose common denominator can outgrow the 64-bit <see cref="Share"/>.</summary>
/// <remarks>Immutable and thread-safe; equal fractions are equal values (always reduced).</remarks>
public readonly record struct ExactFraction
{
    private ExactFraction(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the numerator in lowest terms.</summary>
    public BigInteger Numerator { get; }

    /// <summary>Gets the denominator in lowest terms (at least 1).</summary>
    public BigInteger Denominator { get; }

    /// <summary>Creates the fraction <paramref name="numerator"/>/<paramref name="denominator"/>, reduced.</summary>
    /// <param name="numerator">The numerator, 0 or more.</param>
    /// <param name="denominator">The denominator, 1 or more.</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative or the denominator less than 1.</exception>
    public static ExactFraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "The numerator cannot be negative.");
        }

        if (denominator < BigInteger.One)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must be at least 1.");
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return new ExactFraction(numerator / gcd, denominator / gcd);
    }

    /// <summary>Creates the fraction of a share.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The same value.</returns>
    public static ExactFraction Of(Share share) => Of(share.Numerator, share.Denominator);

    /// <summary>Gets the same value as a <see cref="Share"/> when both terms fit in 64 bits.</summary>
    /// <returns>The share, or <see langword="null"/> when a term is too large.</returns>
    public Share? ToShare() => Numerator <= long.MaxValue && Denominator <= long.MaxValue ? Share.Of((long)Numerator, (long)Denominator) : null;

    /// <summary>Formats the fraction as a percentage rounded half away from zero, with a decimal comma in Vietnamese and
    /// a point in English, trailing zeros of the decimals dropped ("20%", "17,5%"), as shares print.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The percentage text.</returns>
    public string FormatPercent(Language language)
    {
        BigInteger denominator = Denominator.IsZero ? BigInteger.One : Denominator;
        BigInteger tenths = ((2 * Numerator * 1000) + denominator) / (2 * denominator);
        BigInteger whole = tenths / 10;
        BigInteger fraction = tenths % 10;
        string text = whole.ToString(CultureInfo.InvariantCulture);
        return fraction.IsZero ? text + "%" : text + (language == Language.Vietnamese ? "," : ".") + fraction.ToString(CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Gets the fraction as <c>numerator/denominator</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() => Numerator.ToString(CultureInfo.InvariantCulture) + "/" + (Denominator.IsZero ? BigInteger.One : Denominator).ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Composition;

/// <summary>
/// How one measure of a body (its share of women, of young or of ethnic-minority members) changed from the previous
/// term: the difference of the two shares in percentage points (điểm phần trăm) and, separately, the relative change
/// (the new share over the old, minus one).
/// </summary>
/// <remarks>
/// <para>Both are exact fractions: <c>c/C − p/P = (c·P − p·C) / (C·P)</c> and <c>(c/C) / (p/P) − 1 = (c·P − p·C) / (p·C)</c>;
/// each is rounded once, for printing, half away from zero. The relative change does not exist when the previous share
/// is zero (or either body is empty): it is then <see langword="null"/>, never a made-up number.</para>
/// <para>Articles write "tăng 11,27%" for a change without saying which: seed 004's "dưới 40 tuổi … chiếm 38,8%, tăng
/// 38,8%" is only possible in percentage points (from a previous share of zero no relative change exists), so the
/// library reads such figures as points and prints the unit ("điểm phần trăm") every time.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct TermChange
{
    private TermChange(CompositionShare previous, CompositionShare current)
    {
        Previous = previous;
        Current = current;
        if (previous.Total > 0 && current.Total > 0)
        {
            long difference = checked(((long)current.Count * previous.Total) - ((long)previous.Count * current.Total));
            (PointsNumerator, PointsDenominator) = Reduce(difference, checked((long)current.Total * previous.Total));
            if (previous.Count > 0)
            {
                (long n, long d) = Reduce(difference, checked((long)previous.Count * current.Total));
                RelativeNumerator = n;
                RelativeDenominator = d;
            }
        }
    }

    /// <summary>Gets the previous term's measure.</summary>
    public CompositionShare Previous { get; }

    /// <summary>Gets this term's measure.</summary>
    public CompositionShare Current { get; }

    /// <summary>Gets a value indicating whether the change in points exists (both bodies have members).</summary>
    public bool HasPoints => PointsDenominator != 0;

    /// <summary>Gets the numerator of the exact change in share (current − previous, as a fraction of one; × 100 for
    /// points), in lowest terms with a positive denominator; 0 when <see cref="HasPoints"/> is false.</summary>
    public long PointsNumerator { get; }

    /// <summary>Gets the denominator of the exact change in share; 0 when <see cref="HasPoints"/> is false.</summary>
    public long PointsDenominator { get; }

    /// <summary>Gets a value indicating whether the relative change exists (the previous share is above zero).</summary>
    public bool HasRelative => RelativeDenominator != 0;

    /// <summary>Gets the numerator of the exact relative change (current share ÷ previous share − 1), in lowest terms
    /// with a positive denominator; 0 when <see cref="HasRelative"/> is false.</summary>
    public long RelativeNumerator { get; }

    /// <summary>Gets the denominator of the exact relative change; 0 when <see cref="HasRelative"/> is false.</summary>
    public long RelativeDenominator { get; }

    /// <summary>Measures the change of one measure between two terms.</summary>
    /// <param name="previous">The previous term's measure.</param>
    /// <param name="current">This term's measure.</param>
    /// <returns>The change.</returns>
    public static TermChange Between(CompositionShare previous, CompositionShare current) => new(previous, current);

    /// <summary>Formats the change in percentage points with its sign: "+11,2 điểm phần trăm" in Vietnamese,
    /// "+11.2 percentage points" in English, "—" when it does not exist.</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Decimals to show, 0 to 6 (one by default).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public string FormatPoints(Language language, int decimals = 1) => HasPoints
        ? Signed(PointsNumerator, PointsDenominator, language, decimals) + (language == Language.Vietnamese ? " điểm phần trăm" : " percentage points")
        : "—";

    /// <summary>Formats the relative change as a signed percentage ("+37,2%"), or "—" when it does not exist.</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Decimals to show, 0 to 6 (one by default).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public string FormatRelative(Language language, int decimals = 1) => HasRelative
        ? Signed(RelativeNumerator, RelativeDenominator, language, decimals) + "%"
        : "—";

    private static string Signed(long numerator, long denominator, Language language, int decimals)
    {
        ArgumentBounds.Between(decimals, 0, 6, nameof(decimals));
        decimal percent = Math.Round(numerator * 100m / denominator, decimals, MidpointRounding.AwayFromZero);
        string text = Math.Abs(percent).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (language == Language.Vietnamese)
        {
            text = text.Replace('.', ',');
        }

        return (percent > 0 ? "+" : percent < 0 ? "−" : string.Empty) + text;
    }

    private static (long Numerator, long Denominator) Reduce(long numerator, long denominator)
    {
        long a = Math.Abs(numerator);
        long b = denominator;
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        long gcd = a == 0 ? denominator : a;
        return (numerator / gcd, denominator / gcd);
    }
}

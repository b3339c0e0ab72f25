using System;
using CadreRules.Rules;

namespace CadreRules.Composition;

/// <summary>
/// A count within a total, such as 17 women among 41 members, with its exact <see cref="Rules.Share"/> and its
/// percentage text ("41,5%").
/// </summary>
/// <remarks>
/// The share is exact (<see cref="Rules.Share.Of(long, long)"/>); rounding happens only in
/// <see cref="Format(Language, int)"/>, half away from zero. An empty body (total 0) has no share: <see cref="Share"/> is
/// <see langword="null"/> and the text is "—". Immutable and thread-safe.
/// </remarks>
public readonly record struct CompositionShare
{
    /// <summary>Creates a share of a body.</summary>
    /// <param name="count">The number counted, 0 to <paramref name="total"/>.</param>
    /// <param name="total">The size of the body, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="count"/> is negative or above the total.</exception>
    public CompositionShare(int count, int total)
    {
        ArgumentBounds.NotNegative(total, nameof(total));
        ArgumentBounds.Between(count, 0, total, nameof(count));
        Count = count;
        Total = total;
    }

    /// <summary>Gets the number counted.</summary>
    public int Count { get; }

    /// <summary>Gets the size of the body.</summary>
    public int Total { get; }

    /// <summary>Gets the exact share <see cref="Count"/>/<see cref="Total"/>, or <see langword="null"/> for an empty body.</summary>
    public Share? Share => Total == 0 ? null : Rules.Share.Of(Count, Total);

    /// <summary>Tells whether the share reaches a target, exactly (count × denominator ≥ numerator × total).</summary>
    /// <param name="target">The target share.</param>
    /// <returns><see langword="true"/> when the share is at least <paramref name="target"/>; an empty body reaches only a zero target.</returns>
    public bool Reaches(Share target) => Total == 0 ? target == Rules.Share.Zero : target.IsReachedBy(Count, Total);

    /// <summary>Formats the share as a percentage: "41,5%" in Vietnamese, "41.5%" in English, "—" for an empty body.</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Decimals to show, 0 to 6 (one by default).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public string Format(Language language, int decimals = 1) =>
        Share is { } share ? share.FormatPercent(language, decimals) : "—";

    /// <summary>Formats the count, the total and the percentage, e.g. <c>17/41 (41.5%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count}/{Total} ({Format(Language.English)})");
}

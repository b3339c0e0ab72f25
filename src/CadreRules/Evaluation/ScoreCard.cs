using System;
using System.Globalization;

namespace CadreRules.Evaluation;

/// <summary>
/// A score on the 100-point scale of QĐ 366-QĐ/TW, NĐ 335/2025 and NĐ 233/2026: the general criteria group
/// (tiêu chí chung, at most 30 points) plus the task-results group (kết quả thực hiện nhiệm vụ, at most 70 points).
/// Decimals are allowed; the sub-splits inside each group are set by lower levels and are not modelled.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ScoreCard
{
    /// <summary>The most points of the general criteria group.</summary>
    public const decimal GeneralMaximum = 30m;

    /// <summary>The most points of the task-results group.</summary>
    public const decimal ResultsMaximum = 70m;

    /// <summary>Creates a score.</summary>
    /// <param name="general">Points of the general criteria, 0 to 30.</param>
    /// <param name="results">Points of the task results, 0 to 70.</param>
    /// <exception cref="EvaluationInputException">A group is negative or above its maximum; the message names the group.</exception>
    public ScoreCard(decimal general, decimal results)
    {
        if (general < 0m || general > GeneralMaximum)
        {
            throw EvaluationInputException.For(
                "score.general",
                string.Create(CultureInfo.InvariantCulture, $"điểm tiêu chí chung phải từ 0 đến 30 điểm, không phải {general}."),
                string.Create(CultureInfo.InvariantCulture, $"the general criteria score must be between 0 and 30 points, not {general}."));
        }

        if (results < 0m || results > ResultsMaximum)
        {
            throw EvaluationInputException.For(
                "score.results",
                string.Create(CultureInfo.InvariantCulture, $"điểm kết quả thực hiện nhiệm vụ phải từ 0 đến 70 điểm, không phải {results}."),
                string.Create(CultureInfo.InvariantCulture, $"the task-results score must be between 0 and 70 points, not {results}."));
        }

        General = general;
        Results = results;
        _total = general + results;
        _floor = FloorOf(_total);
    }

    // FromTotal's integer path: scales 0 to 7, where 100 points are at most 10^9 units of the last digit (fits 32 bits).
    private const int MaxFastScale = 7;
    private static readonly uint[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

    // The sum, kept: it is read on every classification, and a decimal sum is not free.
    private readonly decimal _total;

    // The whole points of the total, kept for the same reason (see Floor).
    private readonly int _floor;

    /// <summary>Gets the points of the general criteria (0 to 30).</summary>
    public decimal General { get; }

    /// <summary>Gets the points of the task results (0 to 70).</summary>
    public decimal Results { get; }

    /// <summary>Gets the total on the 100-point scale.</summary>
    public decimal Total => _total;

    /// <summary>Gets the whole points of the total (the total is between 0 and 100, so truncating is the floor). For a
    /// whole number n, the total is at least n exactly when this is, and below n exactly when this is: the rules'
    /// thresholds are whole points, so they compare integers instead of decimals. Computed with the card: an input
    /// takes a card from a table of cards, or a round over rows sets one per row, without a division.</summary>
    internal int Floor => _floor;

    /// <summary>Splits a total score into groups for callers who only know the total: up to 30 points go to the
    /// general group and the rest to the task results.</summary>
    /// <param name="total">The total, 0 to 100.</param>
    /// <returns>The score.</returns>
    /// <exception cref="EvaluationInputException"><paramref name="total"/> is outside 0 to 100.</exception>
    public static ScoreCard FromTotal(decimal total)
    {
        // Usual case: a non-negative total whose digits fit in 32 bits, at a scale up to 7 (a score written with up to
        // seven decimals). Then the checks and the part above 30 points are integer arithmetic on the digits, and give
        // exactly the decimals the general path gives (same value, same scale: decimal subtraction keeps the larger scale).
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(total, bits);
        int flags = bits[3];
        int scale = (flags >> 16) & 0xFF;
        if (flags >= 0 && bits[1] == 0 && bits[2] == 0 && scale <= MaxFastScale)
        {
            uint digits = unchecked((uint)bits[0]);
            uint unit = PowersOfTen[scale];
            if (digits <= 30 * unit)
            {
                return new ScoreCard(total, new decimal(0, 0, 0, false, (byte)scale), total, (int)(digits / unit));
            }

            if (digits <= 100 * unit)
            {
                return new ScoreCard(GeneralMaximum, new decimal(unchecked((int)(digits - (30 * unit))), 0, 0, false, (byte)scale), total, (int)(digits / unit));
            }

            throw OutOfRange(total);
        }

        return FromTotalGeneral(total);
    }

    // Any other decimal: negative values (negative zero is accepted, as 0 < 0 is false), more digits or a larger scale.
    private static ScoreCard FromTotalGeneral(decimal total)
    {
        if ((decimal.IsNegative(total) && total != 0m) || total > 100m)
        {
            throw OutOfRange(total);
        }

        // Both parts are in range by construction (0 ≤ general ≤ 30, 0 ≤ total - general ≤ 70): no second check. Up to 30
        // points the results are zero at the total's scale, as total - total would be.
        return total <= GeneralMaximum
            ? new ScoreCard(total, new decimal(0, 0, 0, false, total.Scale), total, FloorOf(total))
            : new ScoreCard(GeneralMaximum, total - GeneralMaximum, total, FloorOf(total));
    }

    private static EvaluationInputException OutOfRange(decimal total) => EvaluationInputException.For(
        "score.total",
        string.Create(CultureInfo.InvariantCulture, $"tổng điểm phải từ 0 đến 100 điểm, không phải {total}."),
        string.Create(CultureInfo.InvariantCulture, $"a total score must be between 0 and 100 points, not {total}."));

    // The parts, already known to be in range, and their sum (general + results is exactly the total, scale included:
    // the parts are the total capped at 30 and the total less 30).
    private ScoreCard(decimal general, decimal results, decimal total, int floor)
    {
        General = general;
        Results = results;
        _total = total;
        _floor = floor;
    }

    // The floor of a total between 0 and 100: the digits divided by the scale's power of ten when they fit in 32 bits
    // (every score written with up to nine decimals), else the conversion (which truncates).
    private static int FloorOf(decimal total)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(total, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        return bits[3] >= 0 && bits[1] == 0 && bits[2] == 0 && scale < FloorPowers.Length
            ? (int)(unchecked((uint)bits[0]) / FloorPowers[scale])
            : (int)total;
    }

    private static readonly uint[] FloorPowers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];
}

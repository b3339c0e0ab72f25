using System;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The explicit choices a quota allocation makes where the texts are silent: which HTT count is the denominator, how a
/// fractional cap is rounded, and who keeps HTXS when too many qualify. Every allocation carries the policy it used.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> is the literal reading, floor, score then id.</remarks>
public sealed record QuotaPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="denominator">The denominator reading.</param>
    /// <param name="rounding">The rounding of a fractional cap.</param>
    /// <param name="ordering">The order in which qualifiers keep HTXS.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public QuotaPolicy(QuotaDenominator denominator, QuotaRounding rounding, QuotaOrdering ordering)
    {
        if (!Enum.IsDefined(denominator))
        {
            throw new InputOutOfRangeException(nameof(denominator), denominator, "Unknown denominator policy.");
        }

        if (!Enum.IsDefined(rounding))
        {
            throw new InputOutOfRangeException(nameof(rounding), rounding, "Unknown rounding policy.");
        }

        if (!Enum.IsDefined(ordering))
        {
            throw new InputOutOfRangeException(nameof(ordering), ordering, "Unknown ordering policy.");
        }

        Denominator = denominator;
        Rounding = rounding;
        Ordering = ordering;
    }

    /// <summary>Gets the default policy: literal denominator (finally rated HTT), floor, score then id.</summary>
    public static QuotaPolicy Default { get; } = new(QuotaDenominator.FinallyRatedGood, QuotaRounding.Floor, QuotaOrdering.ScoreThenId);

    /// <summary>Gets the fixed-denominator alternative: HTT rated before the allocation, floor, score then id.</summary>
    public static QuotaPolicy FixedDenominator { get; } = new(QuotaDenominator.RatedGoodBeforeAllocation, QuotaRounding.Floor, QuotaOrdering.ScoreThenId);

    /// <summary>Gets the denominator reading.</summary>
    public QuotaDenominator Denominator { get; }

    /// <summary>Gets the rounding of a fractional cap.</summary>
    public QuotaRounding Rounding { get; }

    /// <summary>Gets the order in which qualifiers keep HTXS.</summary>
    public QuotaOrdering Ordering { get; }

    /// <summary>Returns a copy with another denominator reading.</summary>
    /// <param name="denominator">The reading.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not defined.</exception>
    public QuotaPolicy WithDenominator(QuotaDenominator denominator) => new(denominator, Rounding, Ordering);

    /// <summary>Returns a copy with another rounding.</summary>
    /// <param name="rounding">The rounding.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not defined.</exception>
    public QuotaPolicy WithRounding(QuotaRounding rounding) => new(Denominator, rounding, Ordering);

    /// <summary>Returns a copy with another ordering.</summary>
    /// <param name="ordering">The ordering.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordering"/> is not defined.</exception>
    public QuotaPolicy WithOrdering(QuotaOrdering ordering) => new(Denominator, Rounding, ordering);

    /// <inheritdoc />
    public override string ToString() => $"{Denominator}, {Rounding}, {Ordering}";
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>How many people of a round have each <see cref="EvaluationOutcome"/>.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class EvaluationOutcomeCounts : IEquatable<EvaluationOutcomeCounts>
{
    /// <summary>The number of outcomes (the length of <see cref="Outcomes"/>).</summary>
    internal const int OutcomeCount = 6;

    private readonly int[] _counts;

    internal EvaluationOutcomeCounts(int[] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = counts;
        int total = 0;
        foreach (int c in counts)
        {
            total = checked(total + c);
        }

        Total = total;
    }

    /// <summary>Counts a column of outcomes (the columns of a batch or row result).</summary>
    internal static EvaluationOutcomeCounts Of(ReadOnlySpan<EvaluationOutcome> outcomes)
    {
        int[] counts = new int[OutcomeCount];
        foreach (EvaluationOutcome outcome in outcomes)
        {
            counts[(int)outcome]++;
        }

        return new EvaluationOutcomeCounts(counts);
    }

    /// <summary>Gets every outcome in report order: HTXS, HTT, HTNV, KHT, not rated, undetermined.</summary>
    public static IReadOnlyList<EvaluationOutcome> Outcomes { get; } =
        [EvaluationOutcome.Excellent, EvaluationOutcome.Good, EvaluationOutcome.Complete, EvaluationOutcome.NotComplete, EvaluationOutcome.NotRated, EvaluationOutcome.Undetermined];

    /// <summary>Gets the number of people counted.</summary>
    public int Total { get; }

    /// <summary>Gets the number of people with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count, 0 or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public int this[EvaluationOutcome outcome] =>
        unchecked((uint)outcome) < OutcomeCount ? _counts[(int)outcome] : throw new InputOutOfRangeException(nameof(outcome), outcome, "The outcome is not one of the six defined.");

    /// <inheritdoc/>
    public bool Equals(EvaluationOutcomeCounts? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EvaluationOutcomeCounts);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (int c in _counts)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets the counts as text, e.g. <c>HTXS 3, HTT 40, HTNV 2, KHT 0, not rated 1, undetermined 0</c>.</summary>
    /// <returns>The text (invariant digits).</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (EvaluationOutcome outcome in Outcomes)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(EvaluationRound.Label(outcome)).Append(' ').Append(this[outcome].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>
/// A condition written as data over a family's named facts (a province's variant file, a case file): comparisons of
/// one fact with a constant, combined with all-of, any-of and not. It is checked against the family's
/// <see cref="FactCatalog{TFacts}"/> and built into an ordinary rule when the variant is applied: no code is generated
/// and no text is evaluated.
/// </summary>
/// <remarks>
/// <para>Three-valued: a comparison with an unknown fact (no record for that year) is neither true nor false; all-of is
/// false when a part is false, any-of true when a part is true, not of unknown is unknown. A rule whose condition is
/// not shown to hold is not satisfied, and its explanation shows the fact as "no record".</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public abstract record FactCondition
{
    private protected FactCondition()
    {
    }

    /// <summary>A comparison of a fact with a constant, e.g. <c>evaluation[year-1].level ≥ HTT</c>.</summary>
    /// <param name="fact">The fact's name in the family's catalogue.</param>
    /// <param name="comparison">How to compare.</param>
    /// <param name="value">The constant as written: <c>5</c>, <c>30%</c>, <c>true</c>, <c>HTT</c>.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="value"/> is blank.</exception>
    public static FactCondition Compare(string fact, FactComparison comparison, string value)
    {
        ArgumentBounds.NotBlank(fact, nameof(fact));
        ArgumentBounds.NotBlank(value, nameof(value));
        return new Comparison(fact.Trim(), comparison, value.Trim());
    }

    /// <summary>Holds when every part holds.</summary>
    /// <param name="parts">At least one condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No part is given, or a part is null.</exception>
    public static FactCondition All(params IEnumerable<FactCondition> parts) => new AllOf(Checked(parts, nameof(parts)));

    /// <summary>Holds when at least one part holds.</summary>
    /// <param name="parts">At least one condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No part is given, or a part is null.</exception>
    public static FactCondition Any(params IEnumerable<FactCondition> parts) => new AnyOf(Checked(parts, nameof(parts)));

    /// <summary>Holds when <paramref name="part"/> does not.</summary>
    /// <param name="part">The condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    public static FactCondition Not(FactCondition part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return new NotOf(part);
    }

    private static ImmutableArray<FactCondition> Checked(IEnumerable<FactCondition> parts, string name)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ImmutableArray<FactCondition> list = [.. parts];
        if (list.IsEmpty || list.Any(p => p is null))
        {
            throw new InvalidInputException("All-of and any-of need at least one condition, and no null one.", name);
        }

        return list;
    }

    /// <summary>A comparison of one fact with a constant (made by <see cref="Compare"/>).</summary>
    public sealed record Comparison : FactCondition
    {
        internal Comparison(string fact, FactComparison op, string value)
        {
            ArgumentNullException.ThrowIfNull(fact);
            ArgumentNullException.ThrowIfNull(value);
            Fact = fact;
            Operator = op;
            Value = value;
        }

        /// <summary>Gets the fact's name.</summary>
        public string Fact { get; }

        /// <summary>Gets how the fact is compared.</summary>
        public FactComparison Operator { get; }

        /// <summary>Gets the constant as written.</summary>
        public string Value { get; }
    }

    /// <summary>Every part holds (made by <see cref="All"/>).</summary>
    public sealed record AllOf : FactCondition
    {
        internal AllOf(ImmutableArray<FactCondition> parts) => Parts = parts;

        /// <summary>Gets the parts.</summary>
        public ImmutableArray<FactCondition> Parts { get; }

        /// <inheritdoc />
        public bool Equals(AllOf? other) => other is not null && Parts.SequenceEqual(other.Parts);

        /// <inheritdoc />
        public override int GetHashCode() => Parts.Length;
    }

    /// <summary>At least one part holds (made by <see cref="Any"/>).</summary>
    public sealed record AnyOf : FactCondition
    {
        internal AnyOf(ImmutableArray<FactCondition> parts) => Parts = parts;

        /// <summary>Gets the parts.</summary>
        public ImmutableArray<FactCondition> Parts { get; }

        /// <inheritdoc />
        public bool Equals(AnyOf? other) => other is not null && Parts.SequenceEqual(other.Parts);

        /// <inheritdoc />
        public override int GetHashCode() => Parts.Length;
    }

    /// <summary>The part does not hold (made by <see cref="Not"/>).</summary>
    public sealed record NotOf : FactCondition
    {
        internal NotOf(FactCondition part)
        {
            ArgumentNullException.ThrowIfNull(part);
            Part = part;
        }

        /// <summary>Gets the part.</summary>
        public FactCondition Part { get; }
    }
}

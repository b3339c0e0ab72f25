using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>
/// A local variant of a shipped regulation (for example a province's decision that lowers a quota): which regulation it
/// derives from, which parameters it changes, its own citation and the dates it covers. Applied as data over the shipped
/// rules, never as a copy of them.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LocalVariant
{
    /// <summary>Creates a variant.</summary>
    /// <param name="id">The variant's own identifier.</param>
    /// <param name="baseId">The identifier of the regulation it derives from.</param>
    /// <param name="title">The variant's title.</param>
    /// <param name="citation">The local document that sets the variant.</param>
    /// <param name="period">The dates the variant covers; it applies only where the base also applies.</param>
    /// <param name="overrides">The parameter values it changes, by key.</param>
    /// <exception cref="ArgumentException">An identifier is empty, or the variant names itself as its base.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="citation"/> or <paramref name="overrides"/> is null.</exception>
    public LocalVariant(RegulationId id, RegulationId baseId, LocalizedText title, Citation citation, EffectivePeriod period, IReadOnlyDictionary<string, ParameterValue> overrides)
    {
        if (id.IsEmpty)
        {
            throw new InvalidInputException("A local variant needs an identifier.", nameof(id));
        }

        if (baseId.IsEmpty)
        {
            throw new InvalidInputException("A local variant needs the identifier of its base regulation.", nameof(baseId));
        }

        if (id == baseId)
        {
            throw new InvalidInputException($"The local variant '{id}' cannot derive from itself.", nameof(baseId))
            {
                Text = new($"biến thể địa phương '{id}' không thể dựa trên chính nó.", $"the local variant '{id}' cannot derive from itself."),
            };
        }

        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(overrides);
        Id = id;
        BaseId = baseId;
        Title = title;
        Citation = citation;
        Period = period;
        Overrides = overrides.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the variant's identifier.</summary>
    public RegulationId Id { get; }

    /// <summary>Gets the identifier of the base regulation.</summary>
    public RegulationId BaseId { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the local document that sets the variant.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the dates covered.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>Gets the parameter values changed, by key.</summary>
    public ImmutableSortedDictionary<string, ParameterValue> Overrides { get; }

    /// <summary>Gets the changes the variant makes to its base's rules (added, replaced and removed rules), in order;
    /// empty when it changes numbers only. Set with <c>variant with { RuleChanges = [...] }</c>.</summary>
    /// <remarks>Applied by <see cref="Regulation.WithVariant(LocalVariant)"/>; a regulation that cannot apply a change
    /// refuses the whole variant (<see cref="FactConditionException"/>).</remarks>
    public ImmutableArray<RuleChange> RuleChanges
    {
        get => _ruleChanges;
        init
        {
            ImmutableArray<RuleChange> changes = value.IsDefault ? [] : value;
            foreach (RuleChange change in changes)
            {
                ArgumentNullException.ThrowIfNull(change, nameof(RuleChanges));
            }

            _ruleChanges = changes;
        }
    }

    private readonly ImmutableArray<RuleChange> _ruleChanges = [];

    /// <summary>Checks equality, comparing the overrides by value.</summary>
    /// <param name="other">The other variant.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(LocalVariant? other)
    {
        if (other is null || Id != other.Id || BaseId != other.BaseId || Title != other.Title || Citation != other.Citation || Period != other.Period || Overrides.Count != other.Overrides.Count
            || !RuleChanges.SequenceEqual(other.RuleChanges))
        {
            return false;
        }

        foreach ((string key, ParameterValue value) in Overrides)
        {
            if (!other.Overrides.TryGetValue(key, out ParameterValue otherValue) || value != otherValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, BaseId, Period, Overrides.Count, RuleChanges.Length);
}

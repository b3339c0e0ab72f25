using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>
/// A named, cited, effective-dated set of rules with typed parameters. Each rule family derives its own regulation
/// type (for example an evaluation regime) and builds its rules from <see cref="Parameters"/>, so that a
/// <see cref="LocalVariant"/> changes values, not code.
/// </summary>
/// <remarks>Regulations are immutable and may be shared between threads.</remarks>
public abstract class Regulation
{
    /// <summary>Creates a regulation.</summary>
    /// <param name="reference">Its identifier, title, topic, citation and scopes.</param>
    /// <param name="parameters">Its parameter values.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    protected Regulation(RegulationReference reference, ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(parameters);
        Reference = reference;
        Parameters = parameters;
    }

    /// <summary>Gets the identifier, title, topic, citation and scopes.</summary>
    public RegulationReference Reference { get; }

    /// <summary>Gets the identifier.</summary>
    public RegulationId Id => Reference.Id;

    /// <summary>Gets the topic.</summary>
    public RegulationTopic Topic => Reference.Topic;

    /// <summary>Gets the parameter values in use.</summary>
    public ParameterSet Parameters { get; }

    /// <summary>Gets the descriptors of every rule this regulation applies, for catalogues and documentation.</summary>
    public abstract IEnumerable<RuleDescriptor> Rules { get; }

    /// <summary>Applies a local variant: the same rules, rebuilt with the variant's parameter values, limited to the
    /// variant's dates, and cited to the variant's document.</summary>
    /// <remarks>The variant's dates must lie within this regulation's period (<see cref="Period"/>, from the earliest start
    /// of its scopes to the latest end): a variant cannot extend a regulation past its own dates, and its dates are never
    /// cut silently. For a kind of subject whose scope is shorter than that period, the variant applies where that scope
    /// does.</remarks>
    /// <param name="variant">The variant; its <see cref="LocalVariant.BaseId"/> must be this regulation's identifier.</param>
    /// <returns>The derived regulation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variant"/> is null.</exception>
    /// <exception cref="ArgumentException">The variant derives from another regulation.</exception>
    /// <exception cref="InputOutOfRangeException">The variant starts before this regulation (the field is
    /// <c>period.start</c>) or ends after it, or is open-ended when it is not (<c>period.end</c>).</exception>
    /// <exception cref="ParameterException">An override is unknown, of the wrong kind, or out of bounds.</exception>
    /// <exception cref="FactConditionException">A rule change cannot be applied: this regulation takes none, or the change
    /// names an unknown rule or extension point, or its data condition does not check against the family's facts.</exception>
    public Regulation WithVariant(LocalVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (variant.BaseId != Id)
        {
            throw new InvalidInputException($"The local variant '{variant.Id}' derives from '{variant.BaseId}', not from '{Id}'.", nameof(variant))
            {
                Text = new($"biến thể địa phương '{variant.Id}' dựa trên '{variant.BaseId}', không phải '{Id}'.", $"the local variant '{variant.Id}' derives from '{variant.BaseId}', not from '{Id}'."),
            };
        }

        EffectivePeriod own = Period;
        if (variant.Period.Start < own.Start)
        {
            throw new InputOutOfRangeException("period.start", variant.Period.Start,
                $"The local variant '{variant.Id}' starts on {TextFormat.IsoDate(variant.Period.Start)}, before '{Id}' comes into force on {TextFormat.IsoDate(own.Start)}; a variant's dates must lie within its base's ({Iso(own)}).")
            {
                Text = new(
                    $"biến thể địa phương '{variant.Id}' bắt đầu ngày {TextFormat.Date(variant.Period.Start)}, trước ngày '{Id}' có hiệu lực ({TextFormat.Date(own.Start)}); thời hạn của biến thể phải nằm trong thời hạn của văn bản gốc ({own}).",
                    $"the local variant '{variant.Id}' starts on {TextFormat.Date(variant.Period.Start)}, before '{Id}' comes into force on {TextFormat.Date(own.Start)}; a variant's dates must lie within its base's ({own})."),
            };
        }

        if (own.End is { } ownEnd && (variant.Period.End is null || variant.Period.End.Value > ownEnd))
        {
            string end = variant.Period.End is { } e ? TextFormat.IsoDate(e) : "open";
            string what = variant.Period.End is null ? "has no end" : $"ends on {end}";
            throw new InputOutOfRangeException("period.end", variant.Period.End,
                $"The local variant '{variant.Id}' {what}, after '{Id}' ceases on {TextFormat.IsoDate(ownEnd)}; a variant's dates must lie within its base's ({Iso(own)}).")
            {
                Text = new(
                    $"biến thể địa phương '{variant.Id}' {(variant.Period.End is { } v ? "kết thúc ngày " + TextFormat.Date(v) : "không có ngày kết thúc")}, sau ngày '{Id}' hết hiệu lực ({TextFormat.Date(ownEnd)}); thời hạn của biến thể phải nằm trong thời hạn của văn bản gốc ({own}).",
                    $"the local variant '{variant.Id}' {(variant.Period.End is { } w ? "ends on " + TextFormat.Date(w) : "has no end")}, after '{Id}' ceases on {TextFormat.Date(ownEnd)}; a variant's dates must lie within its base's ({own})."),
            };
        }

        ParameterSet parameters = Parameters.With(variant.Overrides, variant.Citation);
        var scopes = ImmutableArray.CreateBuilder<RegulationScope>();
        foreach (RegulationScope scope in Reference.Scopes)
        {
            if (scope.Period.Overlaps(variant.Period))
            {
                LocalDate start = scope.Period.Start > variant.Period.Start ? scope.Period.Start : variant.Period.Start;
                LocalDate? end = (scope.Period.End, variant.Period.End) switch
                {
                    (null, var e) => e,
                    (var e, null) => e,
                    ({ } a, { } b) => a < b ? a : b,
                };
                scopes.Add(new RegulationScope(scope.SubjectKind, new EffectivePeriod(start, end)));
            }
        }

        if (scopes.Count == 0)
        {
            throw new InvalidInputException($"The local variant '{variant.Id}' covers {variant.Period}, when '{Id}' is not in force.", nameof(variant));
        }

        var reference = new RegulationReference(variant.Id, variant.Title, Topic, variant.Citation, scopes.ToImmutable(), Id);
        return variant.RuleChanges.IsEmpty ? Rebuild(reference, parameters) : Rebuild(reference, parameters, variant.RuleChanges);
    }

    /// <summary>Gets the changes this regulation makes to its base's rules (a variant's added, replaced and removed
    /// rules), in the variant's order; empty for a shipped regulation and for a variant that changes numbers only.</summary>
    public virtual ImmutableArray<RuleChange> RuleChanges => [];

    /// <summary>Gets the dates the regulation covers for any kind of subject: from the earliest start of its scopes to the
    /// latest end (open-ended when a scope is).</summary>
    public EffectivePeriod Period
    {
        get
        {
            LocalDate start = Reference.Scopes[0].Period.Start;
            LocalDate? end = Reference.Scopes[0].Period.End;
            foreach (RegulationScope scope in Reference.Scopes)
            {
                start = scope.Period.Start < start ? scope.Period.Start : start;
                end = end is null || scope.Period.End is null ? null : (scope.Period.End.Value > end.Value ? scope.Period.End : end);
            }

            return new EffectivePeriod(start, end);
        }
    }

    /// <summary>Builds a regulation of the same type and rules with another reference and other parameter values.</summary>
    /// <param name="reference">The new reference.</param>
    /// <param name="parameters">The new parameter values (already checked).</param>
    /// <returns>The new regulation.</returns>
    protected abstract Regulation Rebuild(RegulationReference reference, ParameterSet parameters);

    /// <summary>Builds a regulation of the same type with another reference, other parameter values and changes to its
    /// rules. A family whose regulations accept rule changes overrides this; the default refuses any change.</summary>
    /// <param name="reference">The new reference.</param>
    /// <param name="parameters">The new parameter values (already checked).</param>
    /// <param name="changes">The rule changes, at least one.</param>
    /// <returns>The new regulation.</returns>
    /// <exception cref="FactConditionException">A change cannot be applied (here: any change).</exception>
    protected virtual Regulation Rebuild(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(parameters);
        throw new FactConditionException(0, string.Empty, RuleChangeText.NoRuleChanges(Id));
    }

    /// <inheritdoc />
    public override string ToString() => Id.Value;

    private static string Iso(EffectivePeriod period) =>
        period.End is { } end ? $"{TextFormat.IsoDate(period.Start)} to {TextFormat.IsoDate(end)}" : $"from {TextFormat.IsoDate(period.Start)}";
}

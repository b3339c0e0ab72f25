using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>
/// A leaf rule: a predicate with an optional applicability test and explanation values, each a plain delegate. A
/// decision ladder calls the delegates directly (see <see cref="DecisionLadder{TFacts, TLevel}"/>).
/// </summary>
internal sealed class PredicateRule<TFacts> : Rule<TFacts>
{
    private readonly Func<TFacts, ImmutableArray<FactValue>>? _values;

    public PredicateRule(
        RuleDescriptor descriptor,
        Func<TFacts, bool> predicate,
        Func<TFacts, bool>? appliesTo,
        Func<TFacts, ImmutableArray<FactValue>>? values)
        : base(descriptor)
    {
        Predicate = predicate;
        AppliesTo = appliesTo;
        _values = values;
    }

    /// <summary>Gets the predicate (called by ladders without a virtual call).</summary>
    internal Func<TFacts, bool> Predicate { get; }

    /// <summary>Gets the applicability test, if any.</summary>
    internal Func<TFacts, bool>? AppliesTo { get; }

    /// <summary>The same rule under another descriptor (its delegates shared), so that a ladder still calls its
    /// predicate directly.</summary>
    internal PredicateRule<TFacts> Under(RuleDescriptor descriptor) => new(descriptor, Predicate, AppliesTo, _values) { Failure = Failure };

    /// <summary>Gets the text of a finding that is not satisfied (what failed, with the values), or null to read the
    /// descriptor's text (a data rule's; called only by <see cref="Explain"/>).</summary>
    internal Func<TFacts, LocalizedText>? Failure { get; init; }

    public override FindingStatus Evaluate(TFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        if (AppliesTo is { } appliesTo && !appliesTo(facts))
        {
            return FindingStatus.NotApplicable;
        }

        return Predicate(facts) ? FindingStatus.Satisfied : FindingStatus.NotSatisfied;
    }

    public override Finding Explain(TFacts facts)
    {
        FindingStatus status = Evaluate(facts);
        ImmutableArray<FactValue> values = _values is null ? ImmutableArray<FactValue>.Empty : _values(facts);
        LocalizedText text = status == FindingStatus.NotSatisfied && Failure is { } failure ? failure(facts) : Descriptor.Text;
        return new Finding(Code, text, Citation, status, Descriptor.Severity, values, ImmutableArray<Finding>.Empty);
    }
}

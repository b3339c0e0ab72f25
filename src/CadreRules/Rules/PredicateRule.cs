using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>A leaf rule: a predicate with an optional applicability test and explanation values.</summary>
internal sealed class PredicateRule<TFacts> : Rule<TFacts>
{
    private readonly Func<TFacts, bool> _predicate;
    private readonly Func<TFacts, bool>? _appliesTo;
    private readonly Func<TFacts, ImmutableArray<FactValue>>? _values;

    public PredicateRule(RuleDescriptor descriptor, Func<TFacts, bool> predicate, Func<TFacts, bool>? appliesTo, Func<TFacts, ImmutableArray<FactValue>>? values)
        : base(descriptor)
    {
        _predicate = predicate;
        _appliesTo = appliesTo;
        _values = values;
    }

    /// <summary>Gets the predicate (used by ladders to evaluate plain leaves without a virtual call).</summary>
    internal Func<TFacts, bool> Predicate => _predicate;

    /// <summary>Gets the applicability test, if any.</summary>
    internal Func<TFacts, bool>? AppliesTo => _appliesTo;

    public override FindingStatus Evaluate(TFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        if (_appliesTo is not null && !_appliesTo(facts))
        {
            return FindingStatus.NotApplicable;
        }

        return _predicate(facts) ? FindingStatus.Satisfied : FindingStatus.NotSatisfied;
    }

    public override Finding Explain(TFacts facts)
    {
        FindingStatus status = Evaluate(facts);
        ImmutableArray<FactValue> values = _values is null ? ImmutableArray<FactValue>.Empty : _values(facts);
        return new Finding(Code, Descriptor.Text, Citation, status, Descriptor.Severity, values, ImmutableArray<Finding>.Empty);
    }
}

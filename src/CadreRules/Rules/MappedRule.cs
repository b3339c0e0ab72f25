using System;

namespace CadreRules.Rules;

/// <summary>A rule over other facts, read through a mapping, under its own descriptor: how a family runs a rule written
/// over its public facts (a province's addition or replacement) among its own rules.</summary>
internal sealed class MappedRule<TOuter, TInner> : Rule<TOuter>
{
    private readonly Rule<TInner> _inner;
    private readonly Func<TOuter, TInner> _map;

    public MappedRule(RuleDescriptor descriptor, Rule<TInner> inner, Func<TOuter, TInner> map)
        : base(descriptor)
    {
        _inner = inner;
        _map = map;
    }

    public override FindingStatus Evaluate(TOuter facts) => _inner.Evaluate(_map(facts));

    public override Finding Explain(TOuter facts)
    {
        Finding inner = _inner.Explain(_map(facts));
        // A rule built under this rule's own code (a data rule) may word its failure itself: keep that text.
        LocalizedText text = inner.Code == Descriptor.Code ? inner.Text : Descriptor.Text;
        return new Finding(Descriptor.Code, text, Descriptor.Citation, inner.Status, Descriptor.Severity, inner.Values, inner.Children);
    }
}

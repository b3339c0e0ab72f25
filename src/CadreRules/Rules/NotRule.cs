using System.Collections.Generic;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>Negation.</summary>
internal sealed class NotRule<TFacts>(RuleDescriptor descriptor, Rule<TFacts> inner) : Rule<TFacts>(descriptor)
{
    public override IReadOnlyList<Rule<TFacts>> Parts => [inner];

    public override FindingStatus Evaluate(TFacts facts) => Rule.Negate(inner.Evaluate(facts));

    public override Finding Explain(TFacts facts)
    {
        Finding child = inner.Explain(facts);
        return new Finding(Code, Descriptor.Text, Citation, Rule.Negate(child.Status), Descriptor.Severity, ImmutableArray<FactValue>.Empty, [child]);
    }
}

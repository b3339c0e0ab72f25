using System.Collections.Generic;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>A general rule overridden by a more specific one where the specific one applies.</summary>
internal sealed class ExceptionRule<TFacts>(RuleDescriptor descriptor, Rule<TFacts> general, Rule<TFacts> specific) : Rule<TFacts>(descriptor)
{
    public override IReadOnlyList<Rule<TFacts>> Parts => [general, specific];

    public override FindingStatus Evaluate(TFacts facts)
    {
        FindingStatus special = specific.Evaluate(facts);
        return special != FindingStatus.NotApplicable ? special : general.Evaluate(facts);
    }

    public override Finding Explain(TFacts facts)
    {
        Finding generalFinding = general.Explain(facts);
        Finding specificFinding = specific.Explain(facts);
        FindingStatus status = specificFinding.Status != FindingStatus.NotApplicable ? specificFinding.Status : generalFinding.Status;
        return new Finding(Code, Descriptor.Text, Citation, status, Descriptor.Severity, ImmutableArray<FactValue>.Empty, [generalFinding, specificFinding]);
    }
}

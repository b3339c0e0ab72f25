using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>A rule with a fixed status: the identity and annihilator elements of composition.</summary>
internal sealed class ConstantRule<TFacts> : Rule<TFacts>
{
    public static readonly ConstantRule<TFacts> Satisfied = new(FindingStatus.Satisfied, new RuleDescriptor(new RuleCode("always"), new LocalizedText("Luôn đáp ứng", "Always satisfied"), null));
    public static readonly ConstantRule<TFacts> NotSatisfied = new(FindingStatus.NotSatisfied, new RuleDescriptor(new RuleCode("never"), new LocalizedText("Không bao giờ đáp ứng", "Never satisfied"), null));
    public static readonly ConstantRule<TFacts> NotApplicable = new(FindingStatus.NotApplicable, new RuleDescriptor(new RuleCode("not-applicable"), new LocalizedText("Không áp dụng", "Not applicable"), null));

    private readonly FindingStatus _status;

    private ConstantRule(FindingStatus status, RuleDescriptor descriptor)
        : base(descriptor) => _status = status;

    public override FindingStatus Evaluate(TFacts facts) => _status;

    public override Finding Explain(TFacts facts) =>
        new(Code, Descriptor.Text, null, _status, Descriptor.Severity, ImmutableArray<FactValue>.Empty, ImmutableArray<Finding>.Empty);
}

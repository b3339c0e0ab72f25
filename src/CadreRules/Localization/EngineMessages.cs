using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>Templates of the engine's structural rules.</summary>
internal static class EngineMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        Entry(Rule.AllOfDescriptor),
        Entry(Rule.AnyOfDescriptor),
        Entry(Rule.NotDescriptor),
        Entry(Rule.ExceptionDescriptor),
        Entry(ConstantRule<object>.Satisfied.Descriptor),
        Entry(ConstantRule<object>.NotSatisfied.Descriptor),
        Entry(ConstantRule<object>.NotApplicable.Descriptor),
    ];

    private static KeyValuePair<RuleCode, LocalizedText> Entry(RuleDescriptor descriptor) => new(descriptor.Code, descriptor.Text);
}

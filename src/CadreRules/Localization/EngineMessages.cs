using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>Templates of the engine's structural rules and of the retirement schedule.</summary>
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
        new("Retirement.NormalAge", new LocalizedText(
            "Tuổi nghỉ hưu {retirementAge}, đủ tuổi trong tháng {reachedIn}, nghỉ hưu từ hết ngày {retirementDate}",
            "Retirement age {retirementAge}, reached in {reachedIn}, retires at the end of {retirementDate}")),
    ];

    private static KeyValuePair<RuleCode, LocalizedText> Entry(RuleDescriptor descriptor) => new(descriptor.Code, descriptor.Text);
}

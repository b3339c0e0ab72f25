using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Retirement;

/// <summary>Templates of the retirement schedule.</summary>
internal static class RetirementMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        new("Retirement.NormalAge", new LocalizedText(
            "Tuổi nghỉ hưu {retirementAge}, đủ tuổi trong tháng {reachedIn}, nghỉ hưu từ hết ngày {retirementDate}",
            "Retirement age {retirementAge}, reached in {reachedIn}, retires at the end of {retirementDate}")),
    ];

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new(Entries);
}

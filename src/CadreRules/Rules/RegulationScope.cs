namespace CadreRules.Rules;

/// <summary>One kind of subject a regulation applies to, and when.</summary>
/// <param name="SubjectKind">The kind of subject.</param>
/// <param name="Period">The dates on which the regulation applies to that kind (inclusive).</param>
public readonly record struct RegulationScope(SubjectKind SubjectKind, EffectivePeriod Period);

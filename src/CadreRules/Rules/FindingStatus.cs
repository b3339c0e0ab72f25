namespace CadreRules.Rules;

/// <summary>The three-valued result of evaluating a rule.</summary>
/// <remarks>
/// <see cref="NotApplicable"/> is neutral in composition: <c>all-of</c> and <c>any-of</c> ignore it, and only a composition
/// of nothing but inapplicable rules is itself inapplicable. Negation keeps it unchanged.
/// </remarks>
public enum FindingStatus
{
    /// <summary>The rule does not apply to these facts (for example a leader-only condition for a non-leader).</summary>
    NotApplicable = 0,

    /// <summary>The rule applies and its condition holds.</summary>
    Satisfied = 1,

    /// <summary>The rule applies and its condition does not hold.</summary>
    NotSatisfied = 2,
}

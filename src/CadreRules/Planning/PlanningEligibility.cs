namespace CadreRules.Planning;

/// <summary>Whether a candidate of a planning list is eligible: no finding about the candidate is a violation
/// (<see cref="CandidatePlanningReport.IsEligible"/>).</summary>
public enum PlanningEligibility
{
    /// <summary>No violation about the candidate (đủ điều kiện).</summary>
    Eligible = 0,

    /// <summary>At least one violation about the candidate, on any title (không đủ điều kiện).</summary>
    NotEligible = 1,
}

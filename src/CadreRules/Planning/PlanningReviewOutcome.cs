namespace CadreRules.Planning;

/// <summary>What an annual review (rà soát quy hoạch) decides for one entry: an entry of last year's list stays or must
/// leave; a proposed addition is made or refused.</summary>
public enum PlanningReviewOutcome
{
    /// <summary>An entry of the list that stays (giữ trong quy hoạch).</summary>
    Kept = 0,

    /// <summary>An entry of the list that must leave, with the reasons (đưa ra khỏi quy hoạch).</summary>
    Removed = 1,

    /// <summary>A proposed addition that may be made (bổ sung quy hoạch).</summary>
    Added = 2,

    /// <summary>A proposed addition that may not be made, with the reasons (không bổ sung).</summary>
    Refused = 3,
}

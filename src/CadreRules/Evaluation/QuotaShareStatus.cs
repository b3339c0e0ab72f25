namespace CadreRules.Evaluation;

/// <summary>The outcome of comparing a State HTXS share with the Party's in one unit and peer group (NĐ 48/2023).</summary>
public enum QuotaShareStatus
{
    /// <summary>The State share is at most the Party share (or no State staff are in the group).</summary>
    Holds = 0,

    /// <summary>The State share exceeds the Party share.</summary>
    Exceeds = 1,

    /// <summary>No party member of the group was rated, so the Party share is unknown.</summary>
    Undetermined = 2,
}

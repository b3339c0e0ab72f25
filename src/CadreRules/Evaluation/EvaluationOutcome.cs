namespace CadreRules.Evaluation;

/// <summary>
/// A person's outcome in an evaluation round: one of the four levels, not rated (không xếp loại), or undetermined
/// (chưa xác định: the text gives no level and the competent authority must decide).
/// </summary>
/// <remarks>The order is the order of reports: levels highest first, then not rated, then undetermined. Stored in a
/// byte, so that the outcome columns of a round over millions of people (<see cref="EvaluationColumnsResult.Before"/>,
/// <see cref="EvaluationColumnsResult.After"/>) take one byte a person.</remarks>
public enum EvaluationOutcome : byte
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXS).</summary>
    Excellent = 0,

    /// <summary>Hoàn thành tốt nhiệm vụ (HTT).</summary>
    Good = 1,

    /// <summary>Hoàn thành nhiệm vụ (HTNV).</summary>
    Complete = 2,

    /// <summary>Không hoàn thành nhiệm vụ (KHT).</summary>
    NotComplete = 3,

    /// <summary>Not rated: an exclusion applies (không xếp loại).</summary>
    NotRated = 4,

    /// <summary>Undetermined: no level applies and the text gives none (chưa xác định).</summary>
    Undetermined = 5,
}

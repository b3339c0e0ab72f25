namespace CadreRules.Standards;

/// <summary>What a cadre's qualifications give against a title's standards on a date.</summary>
public enum StandardsOutcome
{
    /// <summary>Every requirement is met on the date (đạt tiêu chuẩn).</summary>
    Meets = 0,

    /// <summary>Every requirement is met except the political-theory level, which a second-group planning candidate
    /// (đối tượng 2) with a training plan may complete later (chờ hoàn thiện theo kế hoạch đào tạo).</summary>
    PendingWithPlan = 1,

    /// <summary>A requirement is not met and nothing lets it be met later (không đạt).</summary>
    Fails = 2,

    /// <summary>No requirement fails, but one cannot be decided: the qualification it reads is not recorded, or the level
    /// recorded was obtained after the date (chưa xác định được).</summary>
    Undetermined = 3,
}

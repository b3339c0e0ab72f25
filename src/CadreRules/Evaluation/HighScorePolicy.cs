namespace CadreRules.Evaluation;

/// <summary>
/// What QĐ 366-QĐ/TW gives when the total score lies in a level's band but that level's other conditions fail
/// (for example 92 points with only 20% of tasks exceeded). The text gives no level in that case [U].
/// </summary>
public enum HighScorePolicy
{
    /// <summary>The strict reading (default): no level is given; the competent authority decides (undetermined).</summary>
    Undetermined = 0,

    /// <summary>Common practice: the highest level whose own conditions hold, reading each band as a lower bound
    /// only (92 points, all tasks on time, 20% exceeded → Hoàn thành tốt nhiệm vụ).</summary>
    RateHighestMet = 1,
}

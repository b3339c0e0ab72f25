namespace CadreRules.Evaluation;

/// <summary>
/// The four grades given to each criterion under the criteria-list regimes (QĐ 132-QĐ/TW, QĐ 124-QĐ/TW, NĐ 90/2020),
/// best first.
/// </summary>
public enum CriterionGrade
{
    /// <summary>Xuất sắc (excellent).</summary>
    Excellent = 0,

    /// <summary>Tốt (good).</summary>
    Good = 1,

    /// <summary>Trung bình (average).</summary>
    Average = 2,

    /// <summary>Kém (poor).</summary>
    Poor = 3,
}

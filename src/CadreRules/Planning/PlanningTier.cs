namespace CadreRules.Planning;

/// <summary>How far above a candidate's current post a planned title is (đối tượng quy hoạch, HĐ 45-HD/BTCTW mục II.2).</summary>
public enum PlanningTier
{
    /// <summary>Đối tượng 1: one level above the current post (e.g. a standing-committee member planned as deputy secretary).</summary>
    OneLevelUp = 1,

    /// <summary>Đối tượng 2: two levels above the current post (e.g. a standing-committee member planned as secretary).</summary>
    TwoLevelsUp = 2,
}

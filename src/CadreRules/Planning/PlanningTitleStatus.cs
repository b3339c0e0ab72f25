namespace CadreRules.Planning;

/// <summary>Whether a title of a planning list has the number of candidates its regulation allows: the eligible
/// candidates against <see cref="TitlePlanningReport.Minimum"/> and everyone listed against
/// <see cref="TitlePlanningReport.Maximum"/>.</summary>
public enum PlanningTitleStatus
{
    /// <summary>Within the bounds (đủ số lượng).</summary>
    WithinBounds = 0,

    /// <summary>Fewer eligible candidates than the minimum (thiếu).</summary>
    TooFew = 1,

    /// <summary>More candidates listed than the maximum (vượt).</summary>
    TooMany = 2,

    /// <summary>More listed than the maximum, yet fewer of them eligible than the minimum.</summary>
    TooFewAndTooMany = 3,
}

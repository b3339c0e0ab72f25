namespace CadreRules.Standards;

/// <summary>Why the standards are checked: for an appointment or election on the date, or for planning, with the
/// planning group (đối tượng) of HĐ 45-HD/BTCTW §II.2 and §5.1.</summary>
public enum PlanningGroup
{
    /// <summary>Not a planning assessment (appointment, nomination): every standard must be met on the date.</summary>
    None = 0,

    /// <summary>Đối tượng 1: planned one level above the current post; must already meet the title's standards.</summary>
    First = 1,

    /// <summary>Đối tượng 2: planned two levels above; may be short of the political-theory standard when a training
    /// plan will complete it, where the regulation in force allows it.</summary>
    Second = 2,
}

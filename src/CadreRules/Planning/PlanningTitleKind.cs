namespace CadreRules.Planning;

/// <summary>What a planned title is: a leadership or management post, or a seat in a party committee.</summary>
public enum PlanningTitleKind
{
    /// <summary>A leadership or management title (chức danh lãnh đạo, quản lý): bounded per title (and per seat).</summary>
    Leadership = 0,

    /// <summary>Membership of a party committee, its standing committee or its inspection committee (ủy viên ban chấp
    /// hành, ban thường vụ, ủy ban kiểm tra): bounded by the planning coefficient and not counted among a candidate's titles.</summary>
    CommitteeMembership = 1,
}

namespace CadreRules.People;

/// <summary>Forms of discipline (hình thức kỷ luật), Party and administrative, from the lightest.</summary>
/// <remarks>The numeric order is the order of severity used by rules such as "khiển trách or above".</remarks>
public enum DisciplineForm
{
    /// <summary>Reprimand (khiển trách).</summary>
    Reprimand = 1,

    /// <summary>Warning (cảnh cáo).</summary>
    Warning = 2,

    /// <summary>Salary step reduction (hạ bậc lương), administrative only.</summary>
    SalaryStepReduction = 3,

    /// <summary>Demotion (giáng chức).</summary>
    Demotion = 4,

    /// <summary>Removal from post (cách chức).</summary>
    Dismissal = 5,

    /// <summary>Forced resignation (buộc thôi việc), administrative only.</summary>
    ForcedResignation = 6,

    /// <summary>Expulsion from the Party (khai trừ).</summary>
    Expulsion = 7,
}

namespace CadreRules.Evaluation;

/// <summary>What an evaluation history leads to, for the planning, rotation and appointment rules to consume.</summary>
public enum ConsequenceKind
{
    /// <summary>Công chức: the competent body settles their leaving the service (thôi việc).</summary>
    Dismissal = 0,

    /// <summary>Cán bộ: removal from the elected or appointed office (miễn nhiệm, cho thôi việc).</summary>
    RemovalFromOffice = 1,

    /// <summary>Leader: moved to other work (bố trí công tác khác).</summary>
    Reassignment = 2,

    /// <summary>Non-leader: placed in a lower position (bố trí vị trí việc làm thấp hơn).</summary>
    LowerPosition = 3,

    /// <summary>Under Luật Cán bộ, công chức 2025 and NĐ 335: the competent level may consider a lower position or
    /// dismissal for a year rated KHT (a discretionary consequence, known from news summaries).</summary>
    LowerPositionOrDismissal = 4,

    /// <summary>The regular salary step is delayed (TT 08/2013/TT-BNV).</summary>
    SalaryStepDelay = 5,
}

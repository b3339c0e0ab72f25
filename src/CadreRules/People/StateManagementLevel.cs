namespace CadreRules.People;

/// <summary>The state-management training programme (bồi dưỡng kiến thức quản lý nhà nước) a cadre has completed,
/// named after the civil-service grade it prepares for.</summary>
/// <remarks>Members are in ascending order: a larger value is a higher programme.</remarks>
public enum StateManagementLevel
{
    /// <summary>The programme for the specialist grade (chuyên viên).</summary>
    Specialist = 0,

    /// <summary>The programme for the principal specialist grade (chuyên viên chính).</summary>
    PrincipalSpecialist = 1,

    /// <summary>The programme for the senior specialist grade (chuyên viên cao cấp).</summary>
    SeniorSpecialist = 2,
}

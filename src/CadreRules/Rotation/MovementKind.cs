namespace CadreRules.Rotation;

/// <summary>The kinds of movement a programme of cadre movements lists (Luật Cán bộ, công chức 80/2025/QH15 Điều 5
/// defines each separately).</summary>
public enum MovementKind
{
    /// <summary>Rotation (luân chuyển): a leader placed in a post elsewhere for a fixed period, to train them for a
    /// planned title.</summary>
    Rotation = 0,

    /// <summary>Transfer (điều động): the person moves to another body and joins its payroll.</summary>
    Transfer = 1,

    /// <summary>Secondment (biệt phái): the person works elsewhere for a fixed period and stays on the sender's
    /// payroll.</summary>
    Secondment = 2,
}

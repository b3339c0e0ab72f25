namespace CadreRules.Rotation;

/// <summary>The answer to "may this cadre be rotated as proposed?".</summary>
public enum RotationOutcome
{
    /// <summary>Every condition is met (đủ điều kiện luân chuyển).</summary>
    Eligible = 0,

    /// <summary>At least one condition fails; the explanation names which (không đủ điều kiện).</summary>
    NotEligible = 1,
}

namespace CadreRules.Rotation;

/// <summary>The answer about a periodic position change (định kỳ chuyển đổi vị trí công tác). Exactly one applies:
/// an exempt person is never also due.</summary>
public enum PositionChangeStatus
{
    /// <summary>The sector's period in the position is not yet reached.</summary>
    NotYetDue = 0,

    /// <summary>The period is reached and nothing defers the change: the person must be moved.</summary>
    Due = 1,

    /// <summary>The period is reached but a ground of NĐ 59/2019 Điều 38 defers the change.</summary>
    Deferred = 2,

    /// <summary>Less than 18 months of working time remain before retirement: no change is made (Điều 39 khoản 2).</summary>
    Exempt = 3,
}

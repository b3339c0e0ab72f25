namespace CadreRules.Rotation;

/// <summary>The direction of a rotation (hướng luân chuyển), as QĐ 65-QĐ/TW Điều 4 khoản 1 lists its scope and as
/// provincial reports count rotations.</summary>
public enum RotationDirection
{
    /// <summary>From an upper level to a lower one (từ cấp trên xuống cấp dưới), e.g. city to ward or commune.</summary>
    Downward = 0,

    /// <summary>From a lower level to an upper one (từ cấp dưới lên cấp trên), e.g. commune to city.</summary>
    Upward = 1,

    /// <summary>Between units of the same level in different localities (luân chuyển ngang), e.g. commune to commune.</summary>
    BetweenLocalities = 2,

    /// <summary>Between agencies or organisations of the same level in the same locality (giữa các cơ quan cùng cấp).</summary>
    BetweenAgencies = 3,
}

namespace CadreRules.Rotation;

/// <summary>The key commune posts counted by the non-local policy.</summary>
public enum KeyPostKind
{
    /// <summary>Party committee secretary (Bí thư Đảng ủy).</summary>
    Secretary = 0,

    /// <summary>People's Committee chair (Chủ tịch Ủy ban nhân dân).</summary>
    Chair = 1,
}

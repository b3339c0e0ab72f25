namespace CadreRules.Rotation;

/// <summary>A circumstance that bars a transfer or a secondment (NĐ 170/2025/NĐ-CP Điều 25, applied to secondment by
/// Điều 26).</summary>
/// <remarks><see cref="PregnancyOrYoungChild"/> and <see cref="Hardship"/> are lifted when the person asks to be
/// moved; the others are not.</remarks>
public enum MovementBar
{
    /// <summary>Being considered for discipline (đang trong thời gian xem xét kỷ luật).</summary>
    DisciplinaryReview = 0,

    /// <summary>Being prosecuted, investigated, or involved in an inspection (đang bị khởi tố, điều tra hoặc liên quan
    /// đến công việc đang bị thanh tra, kiểm tra).</summary>
    Investigation = 1,

    /// <summary>Being treated for a serious illness (đang điều trị bệnh hiểm nghèo).</summary>
    SeriousIllness = 2,

    /// <summary>Away on long study or already on secondment (đang đi học dài hạn hoặc đang biệt phái).</summary>
    StudyOrSecondment = 3,

    /// <summary>Pregnant, on maternity leave, or raising a child under 36 months (mang thai, nghỉ thai sản, nuôi con dưới
    /// 36 tháng tuổi); lifted at the person's request.</summary>
    PregnancyOrYoungChild = 4,

    /// <summary>In particular family hardship (hoàn cảnh gia đình đặc biệt khó khăn); lifted at the person's request.</summary>
    Hardship = 5,
}

namespace CadreRules.Rules;

/// <summary>The subject matter of a regulation; versions of one topic replace each other over time.</summary>
public enum RegulationTopic
{
    /// <summary>Annual evaluation and classification (kiểm điểm, đánh giá, xếp loại chất lượng).</summary>
    Evaluation = 0,

    /// <summary>Planning of leaders (quy hoạch cán bộ).</summary>
    Planning = 1,

    /// <summary>Rotation (luân chuyển cán bộ).</summary>
    Rotation = 2,

    /// <summary>Periodic change of work position (định kỳ chuyển đổi vị trí công tác).</summary>
    PositionChange = 3,

    /// <summary>Appointment and reappointment (bổ nhiệm, bổ nhiệm lại).</summary>
    Appointment = 4,

    /// <summary>Retirement age (tuổi nghỉ hưu).</summary>
    Retirement = 5,

    /// <summary>Title standards (tiêu chuẩn chức danh): qualification levels a title needs.</summary>
    TitleStandards = 6,
    /// <summary>Transfer and secondment (điều động, biệt phái).</summary>
    Movement = 7,

    /// <summary>Structure targets of a party committee elected by a congress (chỉ tiêu cơ cấu cấp ủy).</summary>
    StructureTargets = 8,
}

namespace CadreRules.Appointment;

/// <summary>What kind of appointment is proposed; it decides which conditions apply.</summary>
public enum AppointmentKind
{
    /// <summary>A first appointment to a leadership or management post (bổ nhiệm lần đầu).</summary>
    First = 0,

    /// <summary>An appointment to a post higher than the one held (bổ nhiệm chức vụ cao hơn).</summary>
    Higher = 1,

    /// <summary>A post equivalent to or lower than the one held: the age condition does not apply (NĐ 170/2025 Điều 29
    /// khoản 5 điểm b), nor the time in the current post.</summary>
    EquivalentOrLower = 2,
}

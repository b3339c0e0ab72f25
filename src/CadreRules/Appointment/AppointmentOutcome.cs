namespace CadreRules.Appointment;

/// <summary>The answer to "may this person be appointed (or elected) as proposed?".</summary>
public enum AppointmentOutcome
{
    /// <summary>Every condition is met (đủ điều kiện).</summary>
    Eligible = 0,

    /// <summary>At least one condition fails; the explanation names which (không đủ điều kiện).</summary>
    NotEligible = 1,
}

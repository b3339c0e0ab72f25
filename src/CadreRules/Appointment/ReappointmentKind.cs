namespace CadreRules.Appointment;

/// <summary>How long a reappointment runs.</summary>
public enum ReappointmentKind
{
    /// <summary>A full term (05 years).</summary>
    FullTerm = 0,

    /// <summary>Less than a term remains before retirement: the new term runs to retirement.</summary>
    UntilRetirement = 1,

    /// <summary>Less than 2 years remain: the competent level may extend the post to retirement instead of reappointing.</summary>
    ExtensionToRetirement = 2,
}

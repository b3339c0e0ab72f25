namespace CadreRules.Rotation;

/// <summary>Where a non-local share stands against its target's deadline on the date it is counted
/// (<see cref="NonLocalShareReport.ProgressOn(NodaTime.LocalDate)"/>).</summary>
public enum NonLocalProgress
{
    /// <summary>Not reached yet and the deadline has not passed (the deadline day itself included).</summary>
    Pending = 0,

    /// <summary>Reached on or before the deadline ("hoàn thành trước thời hạn").</summary>
    MetByDeadline = 1,

    /// <summary>Not reached and the deadline has passed.</summary>
    Missed = 2,

    /// <summary>Reached, counted after the deadline (whether it was reached in time is not known from one count).</summary>
    MetAfterDeadline = 3,
}

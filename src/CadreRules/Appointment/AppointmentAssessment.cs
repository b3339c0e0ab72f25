using NodaTime;

namespace CadreRules.Appointment;

/// <summary>The answer about a proposed appointment with the facts and dates that follow from them.</summary>
/// <param name="Outcome">Eligible or not.</param>
/// <param name="MonthsLeft">The whole months of working time left in the dossier month.</param>
/// <param name="MonthsInPost">The whole months in the current and equivalent posts on the dossier date.</param>
/// <param name="DisciplineBarEndsOn">When a discipline bar is running on the dossier date: the first day on which no bar
/// runs any more; otherwise <see langword="null"/>.</param>
/// <param name="TimeInPostReachedOn">When a higher appointment lacks time in post: the day the required months would be
/// reached if the current post continues; otherwise <see langword="null"/>.</param>
public sealed record AppointmentAssessment(
    AppointmentOutcome Outcome,
    int MonthsLeft,
    int MonthsInPost,
    LocalDate? DisciplineBarEndsOn,
    LocalDate? TimeInPostReachedOn);

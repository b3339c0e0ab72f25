using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>The term that follows a current one: its kind, first and last day, and the clause applied.</summary>
/// <param name="Kind">Full term, term to retirement, or extension to retirement.</param>
/// <param name="Start">The first day (the day after the current term ends).</param>
/// <param name="End">The last day (inclusive): a full term's last day, or the retirement date.</param>
/// <param name="MonthsLeftAtStart">The whole months of working time left in the month of <paramref name="Start"/>.</param>
/// <param name="Citation">The clause applied.</param>
public sealed record ReappointmentTerm(ReappointmentKind Kind, LocalDate Start, LocalDate End, int MonthsLeftAtStart, Citation Citation)
{
    /// <summary>Gets the clause the term rests on.</summary>
    /// <exception cref="System.ArgumentNullException">The citation is null.</exception>
    public Citation Citation { get; init; } = Citation ?? throw new System.ArgumentNullException(nameof(Citation));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>
/// Which days are working days: by default Monday to Friday, minus the non-working days given (public holidays,
/// compensatory days off). Used to count "working days before" a date.
/// </summary>
/// <remarks>The calendar is an input: the library knows no holiday list. Immutable and thread-safe.</remarks>
public sealed class WorkingCalendar
{
    private readonly ImmutableHashSet<LocalDate> _nonWorking;
    private readonly ImmutableHashSet<LocalDate> _extraWorking;

    private WorkingCalendar(ImmutableHashSet<LocalDate> nonWorking, ImmutableHashSet<LocalDate> extraWorking)
    {
        _nonWorking = nonWorking;
        _extraWorking = extraWorking;
    }

    /// <summary>Gets the calendar with Monday to Friday as working days and no holiday.</summary>
    public static WorkingCalendar MondayToFriday { get; } = new([], []);

    /// <summary>Returns a calendar with more non-working days (holidays, days off).</summary>
    /// <param name="days">The days.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public WorkingCalendar WithNonWorkingDays(IEnumerable<LocalDate> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new(_nonWorking.Union(days), _extraWorking.Except(days));
    }

    /// <summary>Returns a calendar with weekend days that are worked (make-up working days).</summary>
    /// <param name="days">The days.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public WorkingCalendar WithWorkingDays(IEnumerable<LocalDate> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new(_nonWorking.Except(days), _extraWorking.Union(days));
    }

    /// <summary>Tells whether a day is a working day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) =>
        _extraWorking.Contains(date)
        || (!_nonWorking.Contains(date) && date.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday);

    /// <summary>Gets the working day that is <paramref name="count"/> working days before <paramref name="date"/>: counting
    /// back from the day before <paramref name="date"/>, the <paramref name="count"/>-th working day met.</summary>
    /// <param name="date">The date counted back from (not itself counted).</param>
    /// <param name="count">The number of working days, 1 or more.</param>
    /// <returns>The day; from it to the day before <paramref name="date"/> there are exactly <paramref name="count"/> working days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1 or above 3660.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="date"/> is outside <see cref="DomainCalendar"/>.</exception>
    public LocalDate WorkingDaysBefore(LocalDate date, int count)
    {
        DomainCalendar.Check(date, nameof(date));
        ArgumentBounds.Between(count, 1, 3660, nameof(count));
        LocalDate day = date;
        int seen = 0;
        while (seen < count)
        {
            day = day.PlusDays(-1);
            if (IsWorkingDay(day))
            {
                seen++;
            }
        }

        return day;
    }
}

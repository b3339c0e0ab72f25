using System;
using System.Globalization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.People;

/// <summary>
/// A birth date as recorded: a full date, a month and year, or a year alone. For age computations the unknown parts
/// are taken as the first month and the first day (1 January when only the year is known; day 1 when only the month and
/// year are known), as the decrees on retirement age direct.
/// </summary>
/// <remarks>Every form accepts the same dates, those of <see cref="DomainCalendar"/>: 01/01/1900 to 31/12/2200 (a birth
/// after the date a question is asked for is refused where that date is known). Immutable and thread-safe.</remarks>
public readonly record struct BirthDate
{
    private BirthDate(LocalDate date, BirthDatePrecision precision)
    {
        Date = date;
        Precision = precision;
    }

    /// <summary>Gets the date used for computations (unknown parts set to 1).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets how much of the date is known.</summary>
    public BirthDatePrecision Precision { get; }

    /// <summary>Gets the birth month used for computations.</summary>
    public YearMonth Month => new(Date.Year, Date.Month);

    /// <summary>Gets the year.</summary>
    public int Year => Date.Year;

    /// <summary>A full birth date.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>The birth date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="date"/> is outside <see cref="DomainCalendar"/>
    /// (01/01/1900 to 31/12/2200).</exception>
    public static BirthDate Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new InvalidInputException("A birth date must be in the ISO calendar.", nameof(date));
        }

        if (!DomainCalendar.Contains(date))
        {
            throw new InputOutOfRangeException(nameof(date), date, $"The birth date {TextFormat.IsoDate(date)} is outside the dates the library accepts, {TextFormat.IsoDate(DomainCalendar.Earliest)} to {TextFormat.IsoDate(DomainCalendar.Latest)}.")
            {
                Minimum = TextFormat.IsoDate(DomainCalendar.Earliest),
                Maximum = TextFormat.IsoDate(DomainCalendar.Latest),
            };
        }

        return new(date, BirthDatePrecision.Day);
    }

    /// <summary>A full birth date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The birth date.</returns>
    /// <exception cref="InputOutOfRangeException">The parts do not make a date, or the year is outside 1900 to 2200.</exception>
    public static BirthDate Of(int year, int month, int day)
    {
        CheckYearMonth(year, month);
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            throw new InputOutOfRangeException(nameof(day), day, string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00} has no day {day}."));
        }

        return new(new LocalDate(year, month, day), BirthDatePrecision.Day);
    }

    /// <summary>A birth month and year, the day unknown.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The birth date (day 1 for computations).</returns>
    /// <exception cref="InputOutOfRangeException">The year is outside 1900 to 2200 or the month outside 1 to 12.</exception>
    public static BirthDate OfMonth(int year, int month)
    {
        CheckYearMonth(year, month);
        return new(new LocalDate(year, month, 1), BirthDatePrecision.Month);
    }

    /// <summary>A birth year alone.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The birth date (1 January for computations).</returns>
    /// <exception cref="InputOutOfRangeException">The year is outside 1900 to 2200.</exception>
    public static BirthDate OfYear(int year)
    {
        CheckYearMonth(year, 1);
        return new(new LocalDate(year, 1, 1), BirthDatePrecision.Year);
    }

    /// <summary>Gets the age in whole months on the first day of a month (the month-level count used by the regulations:
    /// months between the birth month and <paramref name="month"/>).</summary>
    /// <param name="month">The month.</param>
    /// <returns>The age in months.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before the birth month.</exception>
    public int AgeInMonthsAt(YearMonth month)
    {
        int months = MonthsBetween(Month, month);
        if (months < 0)
        {
            throw new InputOutOfRangeException(nameof(month), month, $"The month {TextFormat.IsoMonth(month)} is before the birth month {TextFormat.IsoMonth(Month)}.");
        }

        return months;
    }

    /// <summary>Gets the age in completed years on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whole years from <see cref="Date"/> to <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the birth date.</exception>
    public int AgeInYearsAt(LocalDate date)
    {
        if (date < Date)
        {
            throw new InputOutOfRangeException(nameof(date), date, $"The date {TextFormat.IsoDate(date)} is before the birth date {TextFormat.IsoDate(Date)}.");
        }

        return Period.Between(Date, date, PeriodUnits.Years).Years;
    }

    /// <summary>Gets the number of months from one month to another (negative when <paramref name="to"/> is earlier).</summary>
    /// <param name="from">The first month.</param>
    /// <param name="to">The second month.</param>
    /// <returns><paramref name="to"/> − <paramref name="from"/> in months.</returns>
    public static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + (to.Month - from.Month);

    /// <inheritdoc />
    public override string ToString() => Precision switch
    {
        BirthDatePrecision.Day => Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        BirthDatePrecision.Month => Date.ToString("MM/yyyy", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    private static void CheckYearMonth(int year, int month)
    {
        if (year < DomainCalendar.FirstYear || year > DomainCalendar.LastYear)
        {
            throw new InputOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The birth year {year} is outside the years the library accepts, {DomainCalendar.FirstYear} to {DomainCalendar.LastYear}."))
            {
                Minimum = DomainCalendar.FirstYear.ToString(CultureInfo.InvariantCulture),
                Maximum = DomainCalendar.LastYear.ToString(CultureInfo.InvariantCulture),
            };
        }

        if (month < 1 || month > 12)
        {
            throw new InputOutOfRangeException(nameof(month), month, string.Create(CultureInfo.InvariantCulture, $"The birth month {month} is not a month (1 to 12)."));
        }
    }
}

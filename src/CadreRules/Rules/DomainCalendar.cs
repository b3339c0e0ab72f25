using System;
using System.Globalization;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>
/// The dates the library accepts: every date a rule reads or computes with (births, posts, party admission,
/// discipline decisions, evaluation years and dates, plans and terms, rotations, deferrals, appointment dossiers and
/// terms, effective periods of regulations and variants, "as of" dates of the computations that add to them) lies
/// between <see cref="Earliest"/> (01/01/1900) and <see cref="Latest"/> (31/12/2200), both inclusive. (A legal
/// document's signing date, only displayed, is not checked.)
/// </summary>
/// <remarks>
/// <para>Why these bounds: the earliest birth of anyone a cadre record can describe is after 1900 (the birth-year and
/// birth-month forms have always refused earlier years), and no rule reaches back before the Party's founding (1930);
/// 2200 leaves every plan, term and rotation of the next century and a half inside the range. The range is one for all
/// dates so that every entry point, the JSON readers included, refuses the same values.</para>
/// <para>Arithmetic near the ends cannot overflow: the longest span a rule adds to a date (a retirement age of 62 years
/// plus a term of 10 years, a discipline bar of 120 months) ends far before NodaTime's last date, 31/12/9999.</para>
/// <para>A value outside the range throws <see cref="InputOutOfRangeException"/> naming the field. Other domain
/// orderings (a post or a rotation before the birth, an end before its start) are checked by the types themselves.</para>
/// </remarks>
public static class DomainCalendar
{
    /// <summary>The first year accepted.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year accepted.</summary>
    public const int LastYear = 2200;

    /// <summary>Gets the earliest date accepted, 01/01/1900.</summary>
    public static LocalDate Earliest { get; } = new(FirstYear, 1, 1);

    /// <summary>Gets the latest date accepted, 31/12/2200.</summary>
    public static LocalDate Latest { get; } = new(LastYear, 12, 31);

    /// <summary>Tells whether a date is in the accepted range (a date in another calendar is compared as the same day in
    /// the ISO calendar).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Earliest"/> ≤ <paramref name="date"/> ≤ <see cref="Latest"/>.</returns>
    public static bool Contains(LocalDate date)
    {
        LocalDate iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return iso >= Earliest && iso <= Latest;
    }

    /// <summary>Checks that a date is in the accepted range.</summary>
    /// <param name="date">The date.</param>
    /// <param name="field">The name of the field that holds it, used in the error.</param>
    /// <returns><paramref name="date"/>.</returns>
    /// <exception cref="InputOutOfRangeException">The date is outside the range.</exception>
    public static LocalDate Check(LocalDate date, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Contains(date))
        {
            LocalDate iso = date.WithCalendar(CalendarSystem.Iso);
            throw new InputOutOfRangeException(field, date, $"The field {field} ({Iso(iso)}) is outside the dates the library accepts, {Iso(Earliest)} to {Iso(Latest)}.") { Minimum = Iso(Earliest), Maximum = Iso(Latest) };
        }

        return date;
    }

    /// <summary>Checks that a month is in the accepted range.</summary>
    /// <param name="month">The month.</param>
    /// <param name="field">The name of the field that holds it, used in the error.</param>
    /// <returns><paramref name="month"/>.</returns>
    /// <exception cref="InputOutOfRangeException">The month is outside the range.</exception>
    public static YearMonth Check(YearMonth month, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Contains(month.OnDayOfMonth(1)))
        {
            string text = TextFormat.IsoMonth(month);
            throw new InputOutOfRangeException(field, month, string.Create(CultureInfo.InvariantCulture, $"The field {field} ({text}) is outside the months the library accepts, {FirstYear}-01 to {LastYear}-12."))
            {
                Minimum = string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-01"),
                Maximum = string.Create(CultureInfo.InvariantCulture, $"{LastYear}-12"),
            };
        }

        return month;
    }

    /// <summary>Checks that a year is in the accepted range.</summary>
    /// <param name="year">The year.</param>
    /// <param name="field">The name of the field that holds it, used in the error.</param>
    /// <returns><paramref name="year"/>.</returns>
    /// <exception cref="InputOutOfRangeException">The year is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static int CheckYear(int year, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (year < FirstYear || year > LastYear)
        {
            string text = year.ToString(CultureInfo.InvariantCulture);
            throw new InputOutOfRangeException(field, year, string.Create(CultureInfo.InvariantCulture, $"The field {field} ({text}) is outside the years the library accepts, {FirstYear} to {LastYear}."))
            {
                Minimum = FirstYear.ToString(CultureInfo.InvariantCulture),
                Maximum = LastYear.ToString(CultureInfo.InvariantCulture),
            };
        }

        return year;
    }

    private static string Iso(LocalDate date) => TextFormat.IsoDate(date);
}

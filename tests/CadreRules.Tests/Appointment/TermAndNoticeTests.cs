using System;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Appointment;

public class TermAndNoticeTests
{
    private static readonly AppointmentRegulation Regulation = AppointmentRegulation.Qd377;
    private static readonly LocalDate TermEnd = new(2040, 3, 1); // men born from 04/1966 retire at 62, a fixed age

    [Fact]
    public void TermEnd_FiveYears()
    {
        Assert.Equal(new LocalDate(2031, 2, 28), Regulation.TermEnd(new LocalDate(2026, 3, 1)));
    }

    [Theory]
    [InlineData(60, ReappointmentKind.FullTerm)]
    [InlineData(59, ReappointmentKind.UntilRetirement)]
    [InlineData(24, ReappointmentKind.UntilRetirement)]
    [InlineData(23, ReappointmentKind.ExtensionToRetirement)]
    public void Reappointment_Boundaries(int monthsLeft, ReappointmentKind expected)
    {
        LocalDate start = TermEnd.PlusDays(1);
        YearMonth birth = new YearMonth(start.Year, start.Month).PlusMonths(monthsLeft - 744);
        var cadre = new Cadre(new CadreId("r"), Sex.Male, BirthDate.OfMonth(birth.Year, birth.Month));

        ReappointmentTerm term = Regulation.Reappointment(cadre, TermEnd);

        Assert.Equal(monthsLeft, term.MonthsLeftAtStart);
        Assert.Equal(expected, term.Kind);
        Assert.Equal(start, term.Start);
        Assert.Equal(expected == ReappointmentKind.FullTerm ? Regulation.TermEnd(start) : RetirementSchedule.For(cadre).RetirementDate, term.End);
        Assert.Equal(AppointmentRegulation.Nd85.Reappointment(cadre, TermEnd).Citation.ArticleNumber, 49);
    }

    [Fact]
    public void Reappointment_AfterRetirement_Throws()
    {
        var cadre = new Cadre(new CadreId("r"), Sex.Male, BirthDate.OfMonth(1975, 1));

        Assert.Equal("currentTermEnd", Assert.Throws<InputOutOfRangeException>(() => Regulation.Reappointment(cadre, TermEnd)).ParamName);
    }

    [Fact]
    public void NoticeDeadline_MondayToFriday_90WorkingDaysIsEighteenWeeks()
    {
        var termEnd = new LocalDate(2026, 3, 2); // a Monday

        Assert.Equal(new LocalDate(2025, 10, 27), Regulation.NoticeDeadline(termEnd));
    }

    [Fact]
    public void NoticeDeadline_HolidayInside_MovesOneWorkingDayEarlier_WeekendHolidayChangesNothing()
    {
        var termEnd = new LocalDate(2026, 3, 2);
        WorkingCalendar tet = WorkingCalendar.MondayToFriday.WithNonWorkingDays([new LocalDate(2026, 2, 17)]);
        WorkingCalendar weekend = WorkingCalendar.MondayToFriday.WithNonWorkingDays([new LocalDate(2026, 2, 14)]);
        WorkingCalendar makeUp = tet.WithWorkingDays([new LocalDate(2026, 2, 14)]);

        Assert.Equal(new LocalDate(2025, 10, 24), Regulation.NoticeDeadline(termEnd, tet));
        Assert.Equal(new LocalDate(2025, 10, 27), Regulation.NoticeDeadline(termEnd, weekend));
        Assert.Equal(new LocalDate(2025, 10, 27), Regulation.NoticeDeadline(termEnd, makeUp));
    }

    [Fact]
    public void WorkingDaysBefore_CountsExactly()
    {
        WorkingCalendar calendar = WorkingCalendar.MondayToFriday;
        var friday = new LocalDate(2026, 3, 6);

        Assert.Equal(new LocalDate(2026, 3, 5), calendar.WorkingDaysBefore(friday, 1));
        Assert.Equal(new LocalDate(2026, 2, 27), calendar.WorkingDaysBefore(new LocalDate(2026, 3, 2), 1));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => calendar.WorkingDaysBefore(friday, 0));
    }

    [Fact]
    public void Reappointment_TermEndingTheDayBeforeTheRetirementDate_ExtendsForItsLastDay_EndingOnIt_Throws()
    {
        // RetirementDate is the last working day (pension starts the day after), so a term may still start on it.
        var cadre = new Cadre(new CadreId("r"), Sex.Male, BirthDate.OfMonth(1975, 1));
        LocalDate retirement = RetirementSchedule.For(cadre).RetirementDate;

        ReappointmentTerm last = Regulation.Reappointment(cadre, retirement.PlusDays(-1));

        Assert.Equal(retirement, last.Start);
        Assert.Equal(retirement, last.End);
        Assert.Equal(ReappointmentKind.ExtensionToRetirement, last.Kind);
        Assert.Equal("currentTermEnd", Assert.Throws<InputOutOfRangeException>(() => Regulation.Reappointment(cadre, retirement)).ParamName);
    }

    [Fact]
    public void Reappointment_NullCadre_ThrowsNamingCadre()
    {
        Assert.Equal("cadre", Assert.Throws<ArgumentNullException>(() => Regulation.Reappointment(null!, TermEnd)).ParamName);
    }

    [Fact]
    public void WorkingDaysBefore_CountAbove3660_ThrowsNamingCount()
    {
        Assert.Equal(new LocalDate(2026, 3, 6), WorkingCalendar.MondayToFriday.WorkingDaysBefore(new LocalDate(2026, 3, 9), 1));
        Assert.True(WorkingCalendar.MondayToFriday.WorkingDaysBefore(new LocalDate(2040, 1, 1), 3660) < new LocalDate(2026, 1, 1));
        Assert.Equal("count", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => WorkingCalendar.MondayToFriday.WorkingDaysBefore(new LocalDate(2040, 1, 1), 3661)).ParamName);
    }
}

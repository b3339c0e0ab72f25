using System;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.People;

public class BirthDateTests
{
    [Fact]
    public void Of_DateInAnotherCalendar_ThrowsNamingDate()
    {
        LocalDate julian = new LocalDate(1975, 6, 15).WithCalendar(CalendarSystem.Julian);

        ArgumentException error = Assert.Throws<InvalidInputException>("date", () => BirthDate.Of(julian));
        Assert.StartsWith("A birth date must be in the ISO calendar.", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(1975, 6, 15), BirthDate.Of(new LocalDate(1975, 6, 15)).Date);
    }

    [Theory]
    [InlineData(2023, 2, 29, "2023-02 has no day 29.")]
    [InlineData(2023, 4, 31, "2023-04 has no day 31.")]
    [InlineData(2024, 2, 30, "2024-02 has no day 30.")]
    [InlineData(1975, 6, 0, "1975-06 has no day 0.")]
    [InlineData(1975, 6, -1, "1975-06 has no day -1.")]
    public void Of_DayNotInTheMonth_ThrowsNamingDayWithTheMonth(int year, int month, int day, string message)
    {
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("day", () => BirthDate.Of(year, month, day));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(day, error.ActualValue);
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2023, 2, 28)]
    [InlineData(2023, 4, 30)]
    [InlineData(2023, 12, 31)]
    [InlineData(2023, 1, 1)]
    public void Of_FirstAndLastDayOfTheMonth_AreAccepted(int year, int month, int day)
    {
        BirthDate birth = BirthDate.Of(year, month, day);

        Assert.Equal(new LocalDate(year, month, day), birth.Date);
        Assert.Equal(BirthDatePrecision.Day, birth.Precision);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void Factories_YearOutside1900To2200_ThrowNamingYear(int year)
    {
        Assert.Throws<InputOutOfRangeException>("year", () => BirthDate.Of(year, 6, 15));
        Assert.Throws<InputOutOfRangeException>("year", () => BirthDate.OfMonth(year, 6));
        Assert.Throws<InputOutOfRangeException>("year", () => BirthDate.OfYear(year));
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void Factories_YearOnTheBounds_AreAccepted(int year)
    {
        Assert.Equal(new LocalDate(year, 12, 31), BirthDate.Of(year, 12, 31).Date);
        Assert.Equal(new LocalDate(year, 1, 1), BirthDate.OfMonth(year, 1).Date);
        Assert.Equal(year, BirthDate.OfYear(year).Year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Factories_MonthOutside1To12_ThrowNamingMonth(int month)
    {
        Assert.Throws<InputOutOfRangeException>("month", () => BirthDate.Of(1975, month, 1));
        Assert.Throws<InputOutOfRangeException>("month", () => BirthDate.OfMonth(1975, month));
    }

    [Fact]
    public void AgeInMonthsAt_TheBirthMonthItself_IsZero()
    {
        BirthDate birth = BirthDate.Of(1975, 6, 15);

        Assert.Equal(0, birth.AgeInMonthsAt(new YearMonth(1975, 6)));
        Assert.Equal(1, birth.AgeInMonthsAt(new YearMonth(1975, 7)));
        Assert.Equal(12 * 60, birth.AgeInMonthsAt(new YearMonth(2035, 6)));
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("month", () => birth.AgeInMonthsAt(new YearMonth(1975, 5)));
        Assert.Equal(new YearMonth(1975, 5), error.ActualValue);
    }
}

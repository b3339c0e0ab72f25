using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Retirement;

public class RetirementScheduleTests
{
    [Fact]
    public void For_ManBornJanuary1961_RetiresAtEndOfApril2021()
    {
        RetirementSchedule schedule = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1961, 1));

        Assert.Equal(723, schedule.Age.TotalMonths);
        Assert.Equal(new YearMonth(2021, 4), schedule.AgeReachedIn);
        Assert.Equal(new LocalDate(2021, 4, 30), schedule.RetirementDate);
        Assert.Equal(new LocalDate(2021, 5, 1), schedule.PensionStart);
    }

    [Fact]
    public void MonthsLeftAt_Hd06WorkedExample_IsExactlySixtyMonths()
    {
        // HĐ 06-HD/BTCTW: a man born 02/1965 whose dossier is received in 08/2021 has exactly 5 years left.
        RetirementSchedule schedule = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1965, 2));

        Assert.Equal(738, schedule.Age.TotalMonths);
        Assert.Equal(60, schedule.MonthsLeftAt(new LocalDate(2021, 8, 17)));
        Assert.Equal(60, schedule.MonthsLeftAt(new YearMonth(2021, 8)));
    }
}

public class RetirementScheduleEdgeTests
{
    [Fact]
    public void For_WomanBornJanuary1966_RetiresAtEndOfMay2021()
    {
        RetirementSchedule schedule = RetirementSchedule.For(Sex.Female, BirthDate.Of(1966, 1, 20));

        Assert.Equal(new LocalDate(2021, 5, 31), schedule.RetirementDate);
    }

    [Fact]
    public void For_AgeReachedInFebruaryOfALeapYear_EndsOnThe29th()
    {
        // A man born 02/1970 retires at 62 years, in 02/2032, a leap year; born 02/1968 he would retire in 02/2030.
        Assert.Equal(new LocalDate(2032, 2, 29), RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1970, 2)).RetirementDate);
        Assert.Equal(new LocalDate(2030, 2, 28), RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1968, 2)).RetirementDate);
    }

    [Theory]
    [InlineData(2021, 7, 61)]
    [InlineData(2021, 8, 60)]
    [InlineData(2021, 9, 59)]
    [InlineData(2026, 8, 0)]
    [InlineData(2026, 9, -1)]
    public void MonthsLeftAt_CountsWholeMonthsToTheRetirementMonth(int year, int month, int expected)
    {
        RetirementSchedule schedule = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1965, 2));

        Assert.Equal(expected, schedule.MonthsLeftAt(new LocalDate(year, month, 15)));
    }

    [Fact]
    public void MonthsLeftAt_DateBeforeBirth_Throws()
    {
        RetirementSchedule schedule = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1965, 2));

        Assert.Throws<InputOutOfRangeException>("asOf", () => schedule.MonthsLeftAt(new LocalDate(1960, 1, 1)));
        Assert.Throws<InputOutOfRangeException>("month", () => schedule.MonthsLeftAt(new YearMonth(1965, 1)));
    }

    [Fact]
    public void Explain_CitesTheDecreeAndShowsTheDates()
    {
        CadreRules.Rules.Finding finding = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1961, 1)).Explain();

        Assert.Equal("Retirement.NormalAge", finding.Code.Value);
        Assert.Equal("Retirement age 60 years 3 months, reached in 04/2021, retires at the end of 30/04/2021", finding.Render(CadreRules.Rules.Language.English));
        Assert.Contains("NĐ 135/2020/NĐ-CP", finding.Citation!.Format(CadreRules.Rules.Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void For_NullOrUnknownArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("cadre", () => RetirementSchedule.For(null!));
        Assert.Throws<InputOutOfRangeException>("sex", () => RetirementSchedule.For((Sex)7, BirthDate.OfYear(1970)));
    }
}

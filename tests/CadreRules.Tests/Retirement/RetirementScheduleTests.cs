using CadreRules.People;
using CadreRules.Retirement;
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

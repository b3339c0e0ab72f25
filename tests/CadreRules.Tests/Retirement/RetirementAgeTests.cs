using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Retirement;

public class RetirementAgeTests
{
    // The rows of the decree's tables (NĐ 135/2020, Phụ lục I): first birth month of each row and its age in months.
    public static TheoryData<int, int, int> MenRows => new()
    {
        { 1961, 1, 723 }, { 1961, 10, 726 }, { 1962, 7, 729 }, { 1963, 4, 732 },
        { 1964, 1, 735 }, { 1964, 10, 738 }, { 1965, 7, 741 }, { 1966, 4, 744 },
    };

    public static TheoryData<int, int, int> WomenRows => new()
    {
        { 1966, 1, 664 }, { 1966, 9, 668 }, { 1967, 5, 672 }, { 1968, 1, 676 }, { 1968, 9, 680 },
        { 1969, 5, 684 }, { 1970, 1, 688 }, { 1970, 9, 692 }, { 1971, 5, 696 }, { 1972, 1, 700 },
        { 1972, 9, 704 }, { 1973, 5, 708 }, { 1974, 1, 712 }, { 1974, 9, 716 }, { 1975, 5, 720 },
    };

    [Theory]
    [MemberData(nameof(MenRows))]
    public void For_Man_EachRowStartsAtItsFirstBirthMonth(int year, int month, int ageMonths)
    {
        var first = new YearMonth(year, month);
        YearMonth before = first.PlusMonths(-1);

        Assert.Equal(ageMonths, RetirementAge.For(Sex.Male, BirthDate.OfMonth(year, month)).TotalMonths);
        Assert.Equal(ageMonths - 3, RetirementAge.For(Sex.Male, BirthDate.OfMonth(before.Year, before.Month)).TotalMonths);
    }

    [Theory]
    [MemberData(nameof(WomenRows))]
    public void For_Woman_EachRowStartsAtItsFirstBirthMonth(int year, int month, int ageMonths)
    {
        var first = new YearMonth(year, month);
        YearMonth before = first.PlusMonths(-1);
        int expectedBefore = year == 1966 && month == 1 ? 660 : ageMonths - 4;

        Assert.Equal(ageMonths, RetirementAge.For(Sex.Female, BirthDate.OfMonth(year, month)).TotalMonths);
        Assert.Equal(expectedBefore, RetirementAge.For(Sex.Female, BirthDate.OfMonth(before.Year, before.Month)).TotalMonths);
    }

    [Theory]
    [InlineData(Sex.Male, 1960, 12, 720)]
    [InlineData(Sex.Male, 1950, 6, 720)]
    [InlineData(Sex.Male, 1990, 1, 744)]
    [InlineData(Sex.Female, 1965, 12, 660)]
    [InlineData(Sex.Female, 1975, 4, 716)]
    [InlineData(Sex.Female, 1990, 1, 720)]
    public void For_OutsideTheSchedule_IsTheFloorOrTheCap(Sex sex, int year, int month, int ageMonths) =>
        Assert.Equal(ageMonths, RetirementAge.For(sex, BirthDate.OfMonth(year, month)).TotalMonths);

    [Fact]
    public void For_YearOnlyBirthDate_CountsAsJanuary()
    {
        Assert.Equal(RetirementAge.For(Sex.Male, BirthDate.OfMonth(1964, 1)), RetirementAge.For(Sex.Male, BirthDate.OfYear(1964)));
        Assert.Equal(735, RetirementAge.For(Sex.Male, BirthDate.OfYear(1964)).TotalMonths);
    }

    [Fact]
    public void Format_ShowsYearsAndMonthsInBothLanguages()
    {
        RetirementAge age = RetirementAge.For(Sex.Male, BirthDate.OfMonth(1961, 1));

        Assert.Equal("60y3m", age.ToString());
        Assert.Equal("60 năm 3 tháng", age.Format(CadreRules.Rules.Language.Vietnamese));
        Assert.Equal("60 years 3 months", age.Format(CadreRules.Rules.Language.English));
    }

    [Property]
    public Property For_IsNonDecreasingInBirthMonth() =>
        Prop.ForAll(BirthMonths().ToArbitrary(), Gen.Elements(Sex.Male, Sex.Female).ToArbitrary(), (month, sex) =>
        {
            YearMonth next = month.PlusMonths(1);
            return RetirementAge.For(sex, BirthDate.OfMonth(month.Year, month.Month))
                <= RetirementAge.For(sex, BirthDate.OfMonth(next.Year, next.Month));
        });

    [Property]
    public Property For_StaysWithinTheLawsBounds() =>
        Prop.ForAll(BirthMonths().ToArbitrary(), month =>
        {
            int men = RetirementAge.For(Sex.Male, BirthDate.OfMonth(month.Year, month.Month)).TotalMonths;
            int women = RetirementAge.For(Sex.Female, BirthDate.OfMonth(month.Year, month.Month)).TotalMonths;
            bool menInRange = month.Year >= 1961 ? men is >= 723 and <= 744 : men == 720;
            bool womenInRange = month.Year >= 1966 ? women is >= 664 and <= 720 : women == 660;
            return menInRange && womenInRange;
        });

    [Property]
    public Property Schedule_RetirementDateIsAlwaysAMonthEnd() =>
        Prop.ForAll(BirthDates().ToArbitrary(), Gen.Elements(Sex.Male, Sex.Female).ToArbitrary(), (birth, sex) =>
        {
            RetirementSchedule schedule = RetirementSchedule.For(sex, birth);
            return schedule.RetirementDate.PlusDays(1).Day == 1
                && schedule.PensionStart == schedule.RetirementDate.PlusDays(1)
                && schedule.RetirementDate.Year == schedule.AgeReachedIn.Year
                && schedule.RetirementDate.Month == schedule.AgeReachedIn.Month;
        });

    [Property]
    public Property Schedule_DayOfBirthDoesNotMatter() =>
        Prop.ForAll(BirthDates().ToArbitrary(), birth =>
            RetirementSchedule.For(Sex.Female, birth).RetirementDate
            == RetirementSchedule.For(Sex.Female, BirthDate.OfMonth(birth.Year, birth.Month.Month)).RetirementDate);

    internal static Gen<YearMonth> BirthMonths() =>
        from year in Gen.Choose(1950, 1990)
        from month in Gen.Choose(1, 12)
        select new YearMonth(year, month);

    internal static Gen<BirthDate> BirthDates() =>
        from month in BirthMonths()
        from day in Gen.Choose(1, 28)
        from precision in Gen.Choose(0, 2)
        select precision switch
        {
            0 => BirthDate.Of(month.Year, month.Month, day),
            1 => BirthDate.OfMonth(month.Year, month.Month),
            _ => BirthDate.OfYear(month.Year),
        };

    [Fact]
    public void ComparisonOperators_OrderByTotalMonths()
    {
        RetirementAge earlier = RetirementAge.For(Sex.Male, BirthDate.OfMonth(1955, 1));
        RetirementAge later = RetirementAge.For(Sex.Male, BirthDate.OfMonth(1975, 1));
        RetirementAge same = RetirementAge.For(Sex.Male, BirthDate.OfMonth(1955, 1));
        Assert.True(earlier.TotalMonths < later.TotalMonths);
        Assert.True(earlier < later);
        Assert.False(later < earlier);
        Assert.False(earlier < same);
        Assert.True(later > earlier);
        Assert.False(earlier > later);
        Assert.False(earlier > same);
        Assert.True(later >= earlier);
        Assert.True(earlier >= same);
        Assert.False(earlier >= later);
        Assert.True(earlier <= later);
        Assert.True(earlier <= same);
        Assert.False(later <= earlier);
    }

    [Fact]
    public void Schedule_UnknownSexAndDatesBeforeBirth_AreRejected()
    {
        var born = new LocalDate(1970, 3, 9);
        Assert.Throws<InputOutOfRangeException>("sex", () => RetirementSchedule.For((Sex)99, BirthDate.Of(born)));
        RetirementSchedule schedule = RetirementSchedule.For(Sex.Female, BirthDate.Of(born));
        Assert.Equal(schedule.MonthsLeftAt(born.PlusDays(1)), schedule.MonthsLeftAt(born)); // the birth day itself is allowed
        Assert.Throws<InputOutOfRangeException>("asOf", () => schedule.MonthsLeftAt(born.PlusDays(-1)));
    }
}

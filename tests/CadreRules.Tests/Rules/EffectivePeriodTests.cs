using System;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Rules;

public class EffectivePeriodTests
{
    private static readonly LocalDate Epoch = new(2020, 1, 1);

    private static EffectivePeriod Period(int start, int? end) => new(Epoch.PlusDays(start), end is null ? null : Epoch.PlusDays(end.Value));

    [Theory]
    [InlineData(0, 10, 10, 20, true)] // sharing the last day
    [InlineData(0, 10, 11, 20, false)] // the day after
    [InlineData(10, 20, 0, 10, true)] // sharing the first day
    [InlineData(11, 20, 0, 10, false)] // the day before
    [InlineData(0, null, 100, 200, true)]
    [InlineData(100, null, 0, 99, false)]
    [InlineData(100, null, 0, 100, true)]
    [InlineData(0, 5, 5, null, true)]
    [InlineData(0, 4, 5, null, false)]
    public void Overlaps_CountsSharedBoundaryDays(int start, int? end, int otherStart, int? otherEnd, bool expected)
    {
        Assert.Equal(expected, Period(start, end).Overlaps(Period(otherStart, otherEnd)));
        Assert.Equal(expected, Period(otherStart, otherEnd).Overlaps(Period(start, end)));
    }

    [Theory]
    [InlineData(0, 10, 0, 10, true)] // itself
    [InlineData(0, 10, 1, 9, true)]
    [InlineData(0, 10, 0, 11, false)] // one day longer
    [InlineData(1, 10, 0, 10, false)] // one day earlier
    [InlineData(0, 10, 5, null, false)] // an open end is never inside a closed one
    [InlineData(0, null, 5, null, true)]
    [InlineData(0, null, 0, 3, true)]
    [InlineData(5, null, 4, null, false)]
    public void Covers_RequiresEveryDayOfTheOther(int start, int? end, int otherStart, int? otherEnd, bool expected) =>
        Assert.Equal(expected, Period(start, end).Covers(Period(otherStart, otherEnd)));

    [Property]
    public Property Overlaps_And_Covers_AgreeWithDayByDayContains() =>
        Prop.ForAll(Periods().ToArbitrary(), Periods().ToArbitrary(), (a, b) =>
        {
            bool anyShared = false;
            bool allInside = true;
            for (int day = -1; day <= 42; day++)
            {
                LocalDate date = Epoch.PlusDays(day);
                anyShared |= a.Contains(date) && b.Contains(date);
                allInside &= !b.Contains(date) || a.Contains(date);
            }

            // Periods end by day 40 or are open: the window runs past every end, so it sees what is left open.
            return a.Overlaps(b) == anyShared && a.Covers(b) == allInside;
        });

    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.Throws<InputOutOfRangeException>("end", () => new EffectivePeriod(Epoch, Epoch.PlusDays(-1)));

    [Fact]
    public void ToString_ShowsDatesAndAnOpenEnd()
    {
        Assert.Equal("01/01/2020 → …", EffectivePeriod.From(Epoch).ToString());
        Assert.Equal("01/01/2020 → 31/12/2020", EffectivePeriod.Between(Epoch, new LocalDate(2020, 12, 31)).ToString());
    }

    private static Gen<EffectivePeriod> Periods() =>
        from start in Gen.Choose(0, 40)
        from length in Gen.Choose(0, 40)
        from open in Gen.Elements(true, false)
        select open ? Period(start, null) : Period(start, Math.Min(start + length, 40));
}

using System;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Rules;

public class ShareTests
{
    [Fact]
    public void Of_ThreeOfTen_IsExactlyThirtyPercent()
    {
        Assert.Equal(Share.Percent(30), Share.Of(3, 10));
        Assert.True(Share.Percent(30).IsReachedBy(3, 10));
        Assert.False(Share.Percent(30).IsReachedBy(2, 10));
        Assert.True(Share.Of(29, 100) < Share.Percent(30));
    }

    [Theory]
    [InlineData(17, 41, Language.Vietnamese, "41,5%")]
    [InlineData(17, 41, Language.English, "41.5%")]
    [InlineData(17, 32, Language.Vietnamese, "53,1%")]
    [InlineData(6, 42, Language.Vietnamese, "14,3%")]
    [InlineData(1, 16, Language.Vietnamese, "6,3%")] // 6.25 rounds half away from zero
    [InlineData(0, 5, Language.Vietnamese, "0,0%")]
    [InlineData(5, 5, Language.English, "100.0%")]
    public void FormatPercent_RoundsHalfAwayFromZeroWithoutCulture(long count, long total, Language language, string expected) =>
        Assert.Equal(expected, Share.Of(count, total).FormatPercent(language));

    [Fact]
    public void FloorAndCeiling_AreExact()
    {
        Assert.Equal(2, Share.Percent(20).FloorOf(14));
        Assert.Equal(3, Share.Percent(20).CeilingOf(14));
        Assert.Equal(3, Share.Percent(20).FloorOf(15));
        Assert.Equal(3, Share.Percent(20).CeilingOf(15));
    }

    [Fact]
    public void Percent_Decimal_IsExact() => Assert.Equal(Share.Of(1, 8), Share.Percent(12.5m));

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("count", () => Share.Of(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>("total", () => Share.Of(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("percent", () => Share.Percent(-1));
        Assert.Throws<ArgumentOutOfRangeException>("decimals", () => Share.One.FormatPercent(Language.English, 7));
    }

    [Property]
    public Property Comparison_MatchesCrossMultiplication() =>
        Prop.ForAll(Counts().ToArbitrary(), Counts().ToArbitrary(), (a, b) =>
            (Share.Of(a.Count, a.Total) <= Share.Of(b.Count, b.Total)) == (a.Count * b.Total <= b.Count * a.Total));

    [Property]
    public Property Equality_IsIndependentOfScaling() =>
        Prop.ForAll(Counts().ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (a, k) =>
            Share.Of(a.Count, a.Total) == Share.Of(a.Count * k, a.Total * k)
            && Share.Of(a.Count, a.Total).GetHashCode() == Share.Of(a.Count * k, a.Total * k).GetHashCode());

    [Property]
    public Property FloorOf_IsTheLargestCountWithinTheShare() =>
        Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 500).ToArbitrary(), (percent, total) =>
        {
            Share share = Share.Percent(percent);
            long floor = share.FloorOf(total);
            return floor * 100 <= (long)percent * total && (floor + 1) * 100 > (long)percent * total;
        });

    private static Gen<(long Count, long Total)> Counts() =>
        from total in Gen.Choose(1, 10_000)
        from count in Gen.Choose(0, total)
        select ((long)count, (long)total);
}

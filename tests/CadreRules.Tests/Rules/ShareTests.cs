using System;
using System.Numerics;
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
        Assert.Throws<InputOutOfRangeException>("count", () => Share.Of(-1, 10));
        Assert.Throws<InputOutOfRangeException>("total", () => Share.Of(1, 0));
        Assert.Throws<InputOutOfRangeException>("percent", () => Share.Percent(-1));
        Assert.Throws<InputOutOfRangeException>("decimals", () => Share.One.FormatPercent(Language.English, 7));
    }

    [Fact]
    public void BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<InputOutOfRangeException>("percent", () => Share.Percent(-0.5m));
        Assert.Throws<InputOutOfRangeException>("percent", () => Share.Percent(12.0000001m)); // 7 decimals
        Assert.Throws<InputOutOfRangeException>("percent", () => Share.Percent(9223372036854.775808m)); // one millionth over long.MaxValue
        Assert.Throws<InputOutOfRangeException>("count", () => Share.One.IsReachedBy(-1, 10));
        Assert.Throws<InputOutOfRangeException>("total", () => Share.One.IsReachedBy(0, 0));
        Assert.Throws<InputOutOfRangeException>("total", () => Share.One.FloorOf(-1));
        Assert.Throws<InputOutOfRangeException>("total", () => Share.One.CeilingOf(-1));
        Assert.Throws<InputOutOfRangeException>("decimals", () => Share.One.FormatPercent(Language.English, -1));
    }

    [Fact]
    public void Percent_Decimal_UpToLongMaxValueMillionths_IsExact() =>
        Assert.Equal(Share.Of(long.MaxValue, 100_000_000), Share.Percent(9223372036854.775807m));

    [Theory]
    [InlineData(50, true)] // exactly half
    [InlineData(51, false)]
    public void IsReachedBy_TermsAboveThirtyOneBits_IsExact(int percent, bool expected)
    {
        // 2^61 of 2^62: the cross products do not fit in a long.
        Assert.Equal(expected, Share.Percent(percent).IsReachedBy(1L << 61, 1L << 62));
    }

    [Fact]
    public void CompareTo_TermsAboveThirtyOneBits_IsExact()
    {
        Share half = Share.Of(1L << 61, 1L << 62);

        Assert.True(half > Share.Of(1, 5));
        Assert.True(Share.Of(1, 5) < half);
        Assert.True(half == Share.Of(1, 2));
        Assert.False(half != Share.Of(1, 2));
        Assert.True(half != Share.Of(1, 5));
    }

    [Theory]
    [InlineData(Language.English, "30%")]
    [InlineData(Language.Vietnamese, "30%")]
    public void FormatPercent_NoDecimals_IsTheRoundedWholePercent(Language language, string expected)
    {
        Assert.Equal(expected, Share.Percent(30).FormatPercent(language, 0));
        Assert.Equal("67%", Share.Of(2, 3).FormatPercent(language, 0));
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

    [Property]
    public Property Comparison_WithLargeTerms_MatchesExactCrossMultiplication() =>
        Prop.ForAll(LargeCounts().ToArbitrary(), LargeCounts().ToArbitrary(), (a, b) =>
        {
            int expected = (new BigInteger(a.Count) * b.Total).CompareTo(new BigInteger(b.Count) * a.Total);
            Share left = Share.Of(a.Count, a.Total);
            Share right = Share.Of(b.Count, b.Total);
            return Math.Sign(left.CompareTo(right)) == expected
                && (left == right) == (expected == 0)
                && right.IsReachedBy(a.Count, a.Total) == (expected >= 0);
        });

    [Property]
    public Property NumeratorAndDenominator_AreInLowestTerms() =>
        Prop.ForAll(LargeCounts().ToArbitrary(), a =>
        {
            Share share = Share.Of(a.Count, a.Total);
            return BigInteger.GreatestCommonDivisor(share.Numerator, share.Denominator) == 1
                && new BigInteger(share.Numerator) * a.Total == new BigInteger(a.Count) * share.Denominator;
        });

    [Property]
    public Property IsReachedBy_AgreesWithComparingTheShares() =>
        Prop.ForAll(Counts().ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (a, percent) =>
            Share.Percent(percent).IsReachedBy(a.Count, a.Total) == (Share.Of(a.Count, a.Total) >= Share.Percent(percent)));

    [Fact]
    public void Zero_EqualsEveryZeroCountAndReadsAsZeroOverOne()
    {
        Assert.Equal(Share.Zero, Share.Of(0, 7));
        Assert.Equal(Share.Zero.GetHashCode(), Share.Of(0, 7).GetHashCode());
        Assert.Equal("0/1", Share.Of(0, 7).ToString());
        Assert.Equal("3/10", Share.Of(30, 100).ToString());
        Assert.Equal(1, Share.Of(long.MaxValue, long.MaxValue).Denominator);
    }

    private static Gen<(long Count, long Total)> LargeCounts() =>
        from total in Gen.OneOf(Gen.Choose(1, 50).Select(t => (long)t), Gen.Choose(1, int.MaxValue).Select(t => (long)t * 4_294_967_291L))
        from count in Gen.Choose(0, 1000)
        select ((long)count * (total / 1000 + 1) > total ? total : (long)count * (total / 1000 + 1), total);

    private static Gen<(long Count, long Total)> Counts() =>
        from total in Gen.Choose(1, 10_000)
        from count in Gen.Choose(0, total)
        select ((long)count, (long)total);
}

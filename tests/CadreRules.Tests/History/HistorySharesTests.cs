using System;
using System.Linq;
using CadreRules.History;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.History;

public class HistorySharesTests
{
    [Fact]
    public void Measure_DongThap_TheSameHtxsOverTwoDenominators()
    {
        YearLevels year = new(2012, 13, 67, 18, 2);

        Assert.Equal(Share.Of(13, 100), HistoryShares.Measure([year], ShareDenominator.AllRated).Years[0].Shares[0].Share);
        Assert.Equal(Share.Of(13, 80), HistoryShares.Measure([year], ShareDenominator.GoodOrBetter).Years[0].Shares[0].Share);
        Assert.Equal("16,3%", ExactFraction.Of(13, 80).FormatPercent(Language.Vietnamese));
        Assert.Equal("20%", ExactFraction.Of(1, 5).FormatPercent(Language.English));
        Assert.Equal([EvaluationLevel.Excellent, EvaluationLevel.Good], HistoryShares.Measure([year], ShareDenominator.GoodOrBetter).Period.Select(p => p.Level));
    }

    [Fact]
    public void Measure_YearsOfDifferentSizes_MeanWeighsYearsAndPooledWeighsPeople()
    {
        HistoryShares shares = HistoryShares.Measure([new YearLevels(2024, 10, 90, 0, 0), new YearLevels(2023, 1, 1, 0, 0)], ShareDenominator.AllRated);

        PeriodShare excellent = shares.Period[0];
        Assert.Equal(Share.Of(11, 102), excellent.Pooled.Share);
        Assert.Equal(ExactFraction.Of(3, 10), excellent.MeanOfYearlyShares);
        Assert.Equal([2023, 2024], shares.Years.Select(y => y.Counts.Year));
    }

    [Fact]
    public void Measure_YearWithNobodyRated_HasNoShareAndIsLeftOutOfTheMean()
    {
        HistoryShares shares = HistoryShares.Measure([new YearLevels(2022, 0, 0, 0, 0, 5), new YearLevels(2023, 1, 3, 0, 0), new YearLevels(2024, 1, 1, 0, 0)], ShareDenominator.AllRated);

        Assert.All(shares.Years[0].Shares, s => Assert.Null(s.Share));
        Assert.Equal(2, shares.Period[0].YearsInMean);
        Assert.Equal(ExactFraction.Of(3, 8), shares.Period[0].MeanOfYearlyShares);
        Assert.Equal(Share.Of(1, 3), shares.Period[0].Pooled.Share);
    }

    [Fact]
    public void Measure_NoRatedYearAtAll_NoShareAndNoMean()
    {
        HistoryShares shares = HistoryShares.Measure([YearLevels.OfPerson(2024, null)], ShareDenominator.AllRated);

        Assert.All(shares.Period, p => Assert.Equal(((Share?)null, (ExactFraction?)null, 0), (p.Pooled.Share, p.MeanOfYearlyShares, p.YearsInMean)));
    }

    [Fact]
    public void Measure_SameYearTwice_OrNoYear_Refused()
    {
        Assert.Throws<InvalidInputException>(() => HistoryShares.Measure([new YearLevels(2024, 1, 0, 0, 0), YearLevels.OfPerson(2024, EvaluationLevel.Good)], ShareDenominator.AllRated));
        Assert.Throws<InvalidInputException>(() => HistoryShares.Measure([], ShareDenominator.AllRated));
        Assert.Throws<InputOutOfRangeException>(() => new YearLevels(2024, -1, 0, 0, 0));
    }

    // ---- properties -------------------------------------------------------------------------------

    private static Gen<YearLevels[]> Histories() =>
        from first in Gen.Choose(2000, 2020)
        from rows in Gen.NonEmptyListOf(
            from a in Gen.Choose(0, 40)
            from b in Gen.Choose(0, 200)
            from c in Gen.Choose(0, 20)
            from d in Gen.Choose(0, 5)
            from n in Gen.Choose(0, 5)
            select (a, b, c, d, n))
        select rows.Take(12).Select((r, i) => new YearLevels(first + i, r.a, r.b, r.c, r.d, r.n)).ToArray();

    [Property(MaxTest = 300)]
    public Property Measure_YearlySharesSumToOneOfTheirDenominator() =>
        Prop.ForAll(Histories().ToArbitrary(), Gen.Elements(ShareDenominator.AllRated, ShareDenominator.GoodOrBetter).ToArbitrary(), (years, denominator) =>
            HistoryShares.Measure(years, denominator).Years.All(y =>
                y.Denominator == 0
                    ? y.Shares.All(s => s.Share is null)
                    : y.Shares.Sum(s => s.Count) == y.Denominator && Sum(y.Shares.Select(s => ExactFraction.Of(s.Share!.Value))) == ExactFraction.Of(1, 1)));

    [Property(MaxTest = 300)]
    public Property Measure_OneYear_PooledAndMeanEqualTheYearlyShare() =>
        Prop.ForAll(Histories().Select(h => h.Take(1).ToArray()).ToArbitrary(), Gen.Elements(ShareDenominator.AllRated, ShareDenominator.GoodOrBetter).ToArbitrary(), (years, denominator) =>
        {
            HistoryShares shares = HistoryShares.Measure(years, denominator);
            return shares.Period.Select((p, i) => p.Pooled.Share == shares.Years[0].Shares[i].Share
                && p.MeanOfYearlyShares == (shares.Years[0].Shares[i].Share is { } s ? ExactFraction.Of(s) : null)).All(x => x);
        });

    [Property(MaxTest = 300)]
    public Property Measure_PooledCountsAreTheSumsOfTheYears_AndMeanSharesSumToOne() =>
        Prop.ForAll(Histories().ToArbitrary(), years =>
        {
            HistoryShares shares = HistoryShares.Measure(years, ShareDenominator.AllRated);
            bool pooled = shares.Period.All(p => p.Pooled.Count == years.Sum(y => y.CountOf(p.Level)) && p.Pooled.Denominator == years.Sum(y => y.Rated));
            bool anyRated = years.Any(y => y.Rated > 0);
            return pooled && (!anyRated || Sum(shares.Period.Select(p => p.MeanOfYearlyShares!.Value)) == ExactFraction.Of(1, 1));
        });

    [Property(MaxTest = 200)]
    public Property Measure_IndependentOfTheOrderOfYears() =>
        Prop.ForAll(Histories().ToArbitrary(), years =>
        {
            HistoryShares a = HistoryShares.Measure(years, ShareDenominator.AllRated);
            HistoryShares b = HistoryShares.Measure(years.Reverse(), ShareDenominator.AllRated);
            return a.Period.SequenceEqual(b.Period) && a.Years.Select(y => y.Counts.Year).SequenceEqual(b.Years.Select(y => y.Counts.Year));
        });

    // Exact sum of shares (test-side arithmetic, independent of the library's mean).
    private static ExactFraction Sum(System.Collections.Generic.IEnumerable<ExactFraction> fractions)
    {
        System.Numerics.BigInteger n = 0, d = 1;
        foreach (ExactFraction f in fractions)
        {
            n = (n * f.Denominator) + (f.Numerator * d);
            d *= f.Denominator;
        }

        return ExactFraction.Of(n, d);
    }
}

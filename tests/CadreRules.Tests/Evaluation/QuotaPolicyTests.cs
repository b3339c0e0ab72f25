using System;
using CadreRules.Rules;
using CadreRules.Evaluation;

namespace CadreRules.Tests.Evaluation;

public class QuotaPolicyTests
{
    [Fact]
    public void Constructor_UndefinedDenominator_ThrowsNamingDenominator()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(
            "denominator", () => _ = new QuotaPolicy((QuotaDenominator)7, QuotaRounding.Floor, QuotaOrdering.ScoreThenId));
        Assert.Equal((QuotaDenominator)7, error.ActualValue);
    }

    [Fact]
    public void Constructor_UndefinedRounding_ThrowsNamingRounding()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(
            "rounding", () => _ = new QuotaPolicy(QuotaDenominator.FinallyRatedGood, (QuotaRounding)7, QuotaOrdering.ScoreThenId));
        Assert.Equal((QuotaRounding)7, error.ActualValue);
    }

    [Fact]
    public void Constructor_UndefinedOrdering_ThrowsNamingOrdering()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(
            "ordering", () => _ = new QuotaPolicy(QuotaDenominator.FinallyRatedGood, QuotaRounding.Floor, (QuotaOrdering)7));
        Assert.Equal((QuotaOrdering)7, error.ActualValue);
    }

    [Fact]
    public void WithMethods_UndefinedValue_ThrowNamingTheArgument()
    {
        Assert.Throws<InputOutOfRangeException>("denominator", () => QuotaPolicy.Default.WithDenominator((QuotaDenominator)(-1)));
        Assert.Throws<InputOutOfRangeException>("rounding", () => QuotaPolicy.Default.WithRounding((QuotaRounding)(-1)));
        Assert.Throws<InputOutOfRangeException>("ordering", () => QuotaPolicy.Default.WithOrdering((QuotaOrdering)(-1)));
    }

    [Fact]
    public void Default_IsLiteralDenominatorFloorScoreThenId()
    {
        Assert.Equal(QuotaDenominator.FinallyRatedGood, QuotaPolicy.Default.Denominator);
        Assert.Equal(QuotaRounding.Floor, QuotaPolicy.Default.Rounding);
        Assert.Equal(QuotaOrdering.ScoreThenId, QuotaPolicy.Default.Ordering);
        Assert.Equal(QuotaDenominator.RatedGoodBeforeAllocation, QuotaPolicy.FixedDenominator.Denominator);
    }

    [Fact]
    public void ToString_NamesTheThreeChoicesInOrder()
    {
        Assert.Equal("FinallyRatedGood, Floor, ScoreThenId", QuotaPolicy.Default.ToString());
        Assert.Equal(
            "RatedGoodBeforeAllocation, HalfAwayFromZero, IdOnly",
            QuotaPolicy.FixedDenominator.WithRounding(QuotaRounding.HalfAwayFromZero).WithOrdering(QuotaOrdering.IdOnly).ToString());
    }
}

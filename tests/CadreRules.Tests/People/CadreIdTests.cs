using System;
using CadreRules.People;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.People;

public class CadreIdTests
{
    private static readonly Arbitrary<CadreId> Ids =
        Gen.Elements('a', 'b', 'B', 'Z', '0', '9', '_', 'é', 'Đ').NonEmptyListOf()
            .Select(chars => new CadreId(string.Concat(chars)))
            .ToArbitrary();

    [Fact]
    public void ComparisonOperators_AreOrdinalIgnoringCase()
    {
        CadreId upper = "B";
        CadreId lower = "a";

        // Ordinal ignoring case: 'a' sorts as 'A' (U+0041), before 'B' (U+0042); '_' (U+005F) after both.
        Assert.True(lower < upper);
        Assert.False(upper < lower);
        Assert.True(upper > lower);
        Assert.False(lower > upper);
        Assert.True(lower <= upper);
        Assert.False(upper <= lower);
        Assert.True(upper >= lower);
        Assert.False(lower >= upper);
        Assert.True(new CadreId("z") < new CadreId("_"));
    }

    [Fact]
    public void ComparisonOperators_EqualIds_AreNeitherLessNorGreater()
    {
        CadreId left = "cb-001";
        CadreId right = new("cb-001");

        Assert.False(left < right);
        Assert.False(left > right);
        Assert.True(left <= right);
        Assert.True(left >= right);
        Assert.Equal(0, left.CompareTo(right));
    }

    [Property]
    public Property ComparisonOperators_AgreeWithOrdinalIgnoreCaseStringComparison() =>
        Prop.ForAll(Ids, Ids, (x, y) =>
        {
            int ordinal = Math.Sign(string.Compare(x.Value, y.Value, StringComparison.OrdinalIgnoreCase));
            return (x < y) == (ordinal < 0)
                && (x > y) == (ordinal > 0)
                && (x <= y) == (ordinal <= 0)
                && (x >= y) == (ordinal >= 0)
                && Math.Sign(x.CompareTo(y)) == ordinal
                && (x == y) == (ordinal == 0);
        });
}

using System;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

public class LadderDecisionTests
{
    private static readonly LadderDecision<DecisionLadderTests.Grade> Capped =
        new(OutcomeKind.Level, DecisionLadderTests.Grade.Middle, "Toy.High", "Toy.Cap", DecisionLadderTests.Grade.High);

    public static TheoryData<LadderDecision<DecisionLadderTests.Grade>> DifferingInOneComponent() =>
    [
        new(OutcomeKind.NotRated, DecisionLadderTests.Grade.Middle, "Toy.High", "Toy.Cap", DecisionLadderTests.Grade.High),
        new(OutcomeKind.Level, DecisionLadderTests.Grade.Low, "Toy.High", "Toy.Cap", DecisionLadderTests.Grade.High),
        new(OutcomeKind.Level, DecisionLadderTests.Grade.Middle, "Toy.Other", "Toy.Cap", DecisionLadderTests.Grade.High),
        new(OutcomeKind.Level, DecisionLadderTests.Grade.Middle, "Toy.High", "Toy.OtherCap", DecisionLadderTests.Grade.High),
        new(OutcomeKind.Level, DecisionLadderTests.Grade.Middle, "Toy.High", default, DecisionLadderTests.Grade.High),
        new(OutcomeKind.Level, DecisionLadderTests.Grade.Middle, "Toy.High", "Toy.Cap", DecisionLadderTests.Grade.Low),
    ];

    [Theory]
    [MemberData(nameof(DifferingInOneComponent))]
    public void Equals_DifferingInAnyComponent_IsFalse(LadderDecision<DecisionLadderTests.Grade> other)
    {
        Assert.False(Capped.Equals(other));
        Assert.False(other.Equals(Capped));
        Assert.False(Capped == other);
        Assert.True(Capped != other);
        Assert.False(Capped.Equals((object)other));
    }

    [Fact]
    public void Equals_SameComponents_IsTrueWithTheSameHash()
    {
        var same = new LadderDecision<DecisionLadderTests.Grade>(OutcomeKind.Level, DecisionLadderTests.Grade.Middle, "Toy.High", "Toy.Cap", DecisionLadderTests.Grade.High);

        Assert.True(Capped == same);
        Assert.False(Capped != same);
        Assert.True(Capped.Equals((object)same));
        Assert.Equal(Capped.GetHashCode(), same.GetHashCode());
        Assert.False(Capped.Equals("Middle"));
    }

    [Fact]
    public void ToString_DescribesEachKind()
    {
        Assert.Equal("Middle (Toy.High, capped by Toy.Cap)", Capped.ToString());
        Assert.Equal("High (Toy.High)", new LadderDecision<DecisionLadderTests.Grade>(OutcomeKind.Level, DecisionLadderTests.Grade.High, "Toy.High", default, DecisionLadderTests.Grade.High).ToString());
        Assert.Equal("not rated (Toy.Excluded)", new LadderDecision<DecisionLadderTests.Grade>(OutcomeKind.NotRated, default, "Toy.Excluded", default, default).ToString());
        Assert.Equal("undetermined", default(LadderDecision<DecisionLadderTests.Grade>).ToString());
    }
}

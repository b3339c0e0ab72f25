using System;
using System.Collections.Immutable;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Rules;

public class RuleCompositionTests
{
    private static readonly Arbitrary<Rule<int>> Rules = Arbitraries.RuleArbitrary();

    private static bool SameEverywhere(Rule<int> left, Rule<int> right)
    {
        for (int facts = 0; facts < Arbitraries.FactsSpace; facts++)
        {
            if (left.Evaluate(facts) != right.Evaluate(facts))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public Property DeMorgan_NotAllOf_EqualsAnyOfNots() =>
        Prop.ForAll(Rules, Rules, (a, b) => SameEverywhere(!(a & b), !a | !b));

    [Property]
    public Property DeMorgan_NotAnyOf_EqualsAllOfNots() =>
        Prop.ForAll(Rules, Rules, (a, b) => SameEverywhere(!(a | b), !a & !b));

    [Property]
    public Property DoubleNegation_IsIdentity() =>
        Prop.ForAll(Rules, a => SameEverywhere(!!a, a));

    [Property]
    public Property NotApplicable_IsIdentityOfAllOfAndAnyOf() =>
        Prop.ForAll(Rules, a =>
            SameEverywhere(a & Rule.NotApplicable<int>(), a) && SameEverywhere(a | Rule.NotApplicable<int>(), a));

    [Property]
    public Property Never_AnnihilatesAllOf_Always_AnnihilatesAnyOf() =>
        Prop.ForAll(Rules, a =>
            SameEverywhere(a & Rule.Never<int>(), Rule.Never<int>()) && SameEverywhere(a | Rule.Always<int>(), Rule.Always<int>()));

    [Property]
    public Property AllOf_And_AnyOf_AreAssociative() =>
        Prop.ForAll(Rules, Rules, Rules, (a, b, c) =>
            SameEverywhere((a & b) & c, a & (b & c)) && SameEverywhere((a | b) | c, a | (b | c)));

    [Property]
    public Property AllOf_And_AnyOf_AreCommutative() =>
        Prop.ForAll(Rules, Rules, (a, b) => SameEverywhere(a & b, b & a) && SameEverywhere(a | b, b | a));

    [Property]
    public Property Explain_HasTheSameStatusAsEvaluate() =>
        Prop.ForAll(Rules, Arbitraries.Facts().ToArbitrary(), (rule, facts) => rule.Explain(facts).Status == rule.Evaluate(facts));

    [Property]
    public Property Evaluate_IsDeterministic() =>
        Prop.ForAll(Rules, Arbitraries.Facts().ToArbitrary(), (rule, facts) => rule.Evaluate(facts) == rule.Evaluate(facts));

    [Fact]
    public void AllOf_WithAnInapplicablePart_IgnoresIt()
    {
        Rule<int> holds = Leaf("A", _ => true);
        Rule<int> inapplicable = Leaf("B", _ => false, appliesTo: _ => false);

        Assert.Equal(FindingStatus.Satisfied, (holds & inapplicable).Evaluate(0));
        Assert.Equal(FindingStatus.NotApplicable, Rule.AllOf(inapplicable, inapplicable).Evaluate(0));
        Assert.Equal(FindingStatus.NotApplicable, (!inapplicable).Evaluate(0));
    }

    [Fact]
    public void WithException_SpecificRuleDecidesWhereItApplies()
    {
        // General: discipline in the year fails the condition; specific: a self-discovered violation is excused.
        Rule<(bool Disciplined, bool SelfDiscovered)> general = Rule.Create<(bool Disciplined, bool SelfDiscovered)>(
            Descriptor("NoDiscipline"), f => !f.Disciplined);
        Rule<(bool Disciplined, bool SelfDiscovered)> specific = Rule.Create<(bool Disciplined, bool SelfDiscovered)>(
            Descriptor("SelfDiscovered"), _ => true, appliesTo: f => f.Disciplined && f.SelfDiscovered);
        Rule<(bool Disciplined, bool SelfDiscovered)> rule = Rule.WithException(general, specific);

        Assert.Equal(FindingStatus.Satisfied, rule.Evaluate((false, false)));
        Assert.Equal(FindingStatus.NotSatisfied, rule.Evaluate((true, false)));
        Assert.Equal(FindingStatus.Satisfied, rule.Evaluate((true, true)));
        Finding explained = rule.Explain((true, true));
        Assert.Equal(2, explained.Children.Length);
        Assert.Equal(FindingStatus.NotSatisfied, explained.Children[0].Status);
        Assert.Equal(FindingStatus.Satisfied, explained.Children[1].Status);
    }

    [Fact]
    public void Explain_CarriesCodeCitationAndValues()
    {
        var document = new LegalDocument("QĐ 366-QĐ/TW", "Bộ Chính trị", new NodaTime.LocalDate(2025, 8, 30));
        var descriptor = new RuleDescriptor("Test.Score", new LocalizedText("Điểm {score} từ {min} trở lên", "Score {score} is at least {min}"), document.Article(4, 1, "a"));
        Rule<int> rule = Rule.Create<int>(descriptor, s => s >= 90, values: s => [FactValue.Of("score", s), FactValue.Of("min", 90)]);

        Finding finding = rule.Explain(89);

        Assert.Equal(FindingStatus.NotSatisfied, finding.Status);
        Assert.Equal("Test.Score", finding.Code.Value);
        Assert.Equal("Điểm 89 từ 90 trở lên", finding.Render(Language.Vietnamese));
        Assert.Equal("Score 89 is at least 90", finding.Render(Language.English));
        Assert.Equal("điểm a, khoản 1, Điều 4, QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025)", finding.Citation!.Format(Language.Vietnamese));
        Assert.Equal("point a, clause 1, Article 4, QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025)", finding.Citation.Format(Language.English));
    }

    [Fact]
    public void AllOf_FlattensNestedUnnamedNodes()
    {
        Rule<int> a = Leaf("A", _ => true);
        Rule<int> b = Leaf("B", _ => true);
        Rule<int> c = Leaf("C", _ => true);

        Assert.Equal(3, ((a & b) & c).Parts.Count);
        Assert.Equal(3, (a | (b | c)).Parts.Count);
    }

    [Fact]
    public void Create_WithNullArguments_Throws()
    {
        Assert.Throws<ArgumentNullException>("predicate", () => Rule.Create<int>(Descriptor("X"), null!));
        Assert.Throws<ArgumentNullException>("descriptor", () => Rule.Create<int>(null!, _ => true));
        Assert.Throws<ArgumentNullException>("rule", () => Rule.Not<int>(null!));
        Assert.Throws<ArgumentNullException>("rules", () => Rule.AllOf(Leaf("A", _ => true), null!));
        Assert.Throws<ArgumentNullException>("facts", () => Rule.Create<string>(Descriptor("S"), _ => true).Evaluate(null!));
    }

    [Fact]
    public void WithException_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("general", () => Rule.WithException(null!, Leaf("A", _ => true)));
        Assert.Throws<ArgumentNullException>("specific", () => Rule.WithException(Leaf("A", _ => true), null!));
        Assert.Throws<ArgumentNullException>("rules", () => Rule.AllOf((Rule<int>[])null!));
        Assert.Throws<ArgumentNullException>("rules", () => Rule.AnyOf(Descriptor("X"), (Rule<int>[])null!));
    }

    [Theory]
    [InlineData(true, FindingStatus.Satisfied)]
    [InlineData(false, FindingStatus.NotSatisfied)]
    public void From_MapsHoldsToSatisfied(bool holds, FindingStatus expected) => Assert.Equal(expected, Rule.From(holds));

    [Theory]
    [InlineData(FindingStatus.NotApplicable, FindingStatus.NotApplicable, FindingStatus.NotApplicable, FindingStatus.NotApplicable)]
    [InlineData(FindingStatus.NotApplicable, FindingStatus.Satisfied, FindingStatus.Satisfied, FindingStatus.Satisfied)]
    [InlineData(FindingStatus.NotApplicable, FindingStatus.NotSatisfied, FindingStatus.NotSatisfied, FindingStatus.NotSatisfied)]
    [InlineData(FindingStatus.Satisfied, FindingStatus.Satisfied, FindingStatus.Satisfied, FindingStatus.Satisfied)]
    [InlineData(FindingStatus.Satisfied, FindingStatus.NotSatisfied, FindingStatus.NotSatisfied, FindingStatus.Satisfied)]
    [InlineData(FindingStatus.NotSatisfied, FindingStatus.NotSatisfied, FindingStatus.NotSatisfied, FindingStatus.NotSatisfied)]
    public void AndOr_FollowTheTruthTablesWithNotApplicableAsIdentity(FindingStatus left, FindingStatus right, FindingStatus and, FindingStatus or)
    {
        Assert.Equal(and, Rule.And(left, right));
        Assert.Equal(and, Rule.And(right, left));
        Assert.Equal(or, Rule.Or(left, right));
        Assert.Equal(or, Rule.Or(right, left));
    }

    [Theory]
    [InlineData("A.b", "A.c", -1)]
    [InlineData("A.b", "A.b", 0)]
    [InlineData("a", "B", 1)] // ordinal: lower case after upper case
    public void RuleCode_Comparison_IsOrdinal(string left, string right, int sign)
    {
        RuleCode a = left, b = right;

        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
        Assert.Equal(sign < 0, a < b);
        Assert.Equal(sign > 0, a > b);
        Assert.Equal(sign <= 0, a <= b);
        Assert.Equal(sign >= 0, a >= b);
        Assert.Equal(sign > 0, b < a);
        Assert.Equal(sign >= 0, b <= a);
    }

    [Fact]
    public void RuleDescriptor_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<InvalidInputException>("code", () => new RuleDescriptor(default, new LocalizedText("a", "b"), null));
        Assert.Throws<ArgumentNullException>("text", () => new RuleDescriptor("X", null!, null));
    }

    [Fact]
    public void RegulationId_Default_IsEmptyWithAnEmptyValue()
    {
        Assert.True(default(RegulationId).IsEmpty);
        Assert.Equal(string.Empty, default(RegulationId).Value);
        Assert.Equal(string.Empty, default(RegulationId).ToString());
        Assert.Equal("qd-366", new RegulationId("qd-366").Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("has space")]
    [InlineData("dấu")]
    public void RuleCode_Invalid_Throws(string code) => Assert.ThrowsAny<ArgumentException>(() => new RuleCode(code));

    private static RuleDescriptor Descriptor(string code) => new(code, new LocalizedText(code + " (vi)", code), null);

    private static Rule<int> Leaf(string code, Func<int, bool> predicate, Func<int, bool>? appliesTo = null) =>
        Rule.Create(Descriptor(code), predicate, appliesTo);

    [Fact]
    public void Create_ChecksItsArguments_AndDecidesWithItsDelegates()
    {
        var descriptor = new RuleDescriptor("Leaf.Test", new LocalizedText("Thử", "Test"), null);
        Assert.Throws<ArgumentNullException>("predicate", () => Rule.Create<int>(descriptor, null!));
        Rule<int> rule = Rule.Create<int>(descriptor, f => f > 0, appliesTo: f => f != 5);
        Assert.Equal(FindingStatus.Satisfied, rule.Evaluate(1));
        Assert.Equal(FindingStatus.NotSatisfied, rule.Evaluate(0));
        Assert.Equal(FindingStatus.NotApplicable, rule.Evaluate(5));
    }
}

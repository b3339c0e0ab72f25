using System.Collections.Generic;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.Evaluation;

/// <summary>Equality, hashing and text of <see cref="EvaluationDecision"/>, a small value type.</summary>
public class EvaluationDecisionTests
{
    private static readonly RuleCode LevelRule = "QD366.Level.Good";
    private static readonly RuleCode Gap = "QD366.Gap.Score";

    private static LadderDecision<EvaluationLevel> Rated(EvaluationLevel level) =>
        new(OutcomeKind.Level, level, LevelRule, default, level);

    private static readonly LadderDecision<EvaluationLevel> Undetermined = new(OutcomeKind.Undetermined, default, default, default, default);

    private static EvaluationDecision Decision(
        EvaluationRegime regime = EvaluationRegime.Qd366,
        EvaluationLevel level = EvaluationLevel.Good,
        RuleCode reason = default,
        HighScorePolicy? policy = null) => new(regime, Rated(level), reason, policy);

    public static TheoryData<EvaluationDecision> OneFieldDiffers() => new()
    {
        Decision(regime: EvaluationRegime.Qd124),
        Decision(level: EvaluationLevel.Complete),
        Decision(reason: Gap),
        Decision(policy: HighScorePolicy.RateHighestMet),
    };

    [Theory]
    [MemberData(nameof(OneFieldDiffers))]
    public void Equals_DecisionsDifferingInOneField_AreNotEqual(EvaluationDecision other)
    {
        EvaluationDecision decision = Decision();

        Assert.False(decision.Equals(other));
        Assert.False(decision.Equals((object)other));
        Assert.False(decision == other);
        Assert.True(decision != other);
    }

    [Fact]
    public void Equals_SameFields_AreEqualWithTheSameHash()
    {
        EvaluationDecision a = Decision(reason: Gap, policy: HighScorePolicy.Undetermined);
        EvaluationDecision b = Decision(reason: Gap, policy: HighScorePolicy.Undetermined);

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherType_IsFalse() =>
        Assert.False(Decision().Equals((object)EvaluationRegime.Qd366));

    [Fact]
    public void HashSet_KeepsDecisionsThatDifferOnlyInPolicy()
    {
        var set = new HashSet<EvaluationDecision> { Decision(), Decision(policy: HighScorePolicy.Undetermined), Decision(policy: HighScorePolicy.RateHighestMet), Decision() };

        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void Properties_ComeFromTheLadder()
    {
        EvaluationDecision decision = Decision(level: EvaluationLevel.Excellent);

        Assert.Equal(OutcomeKind.Level, decision.Kind);
        Assert.Equal(EvaluationLevel.Excellent, decision.Level);
        Assert.True(decision.HasLevel);
        Assert.Equal(LevelRule, decision.DecidedBy);
        Assert.True(decision.CappedBy.IsEmpty);
    }

    [Fact]
    public void ToString_Level_NamesRegimeAndLadderDecision() =>
        Assert.Equal("Qd366: Good (QD366.Level.Good)", Decision().ToString());

    [Fact]
    public void ToString_LevelWithDecidingPolicy_AppendsThePolicy() =>
        Assert.Equal("Qd366: Good (QD366.Level.Good) [policy RateHighestMet]", Decision(policy: HighScorePolicy.RateHighestMet).ToString());

    [Fact]
    public void ToString_Undetermined_NamesTheReasonAndPolicy()
    {
        var decision = new EvaluationDecision(EvaluationRegime.Qd366, Undetermined, Gap, HighScorePolicy.Undetermined);

        Assert.Equal("Qd366: undetermined (QD366.Gap.Score) [policy Undetermined]", decision.ToString());
    }
}

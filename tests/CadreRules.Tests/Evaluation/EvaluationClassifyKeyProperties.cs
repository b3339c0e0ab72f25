using CadreRules.Evaluation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>The classification key the round over rows tells decisions apart by: within the regulation's bound, and
/// standing for exactly the decision <see cref="EvaluationRegulation.Classify(EvaluationInput)"/> gives (level, codes,
/// cap, undetermined reason, mitigation and deciding policy).</summary>
public class EvaluationClassifyKeyProperties
{
    private static readonly EvaluationRegulation Qd366Lenient = EvaluationTestData.WithOverrides(
        EvaluationRegime.Qd366, ("policy.highScore", ParameterValue.FromChoice(nameof(HighScorePolicy.RateHighestMet))));

    [Property(MaxTest = 1000)]
    public Property ClassifyKey_AnyInput_StandsForTheDecisionOfClassify() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c => SameDecision(EvaluationRegulations.Get(c.Regime), c.Input));

    [Property(MaxTest = 300)]
    public Property ClassifyKey_UnderAHighScorePolicy_StandsForTheDecisionOfClassify() =>
        Prop.ForAll(Arbitraries.Qd366EvaluationCases(), c => SameDecision(Qd366Lenient, c.Input));

    private static Property SameDecision(EvaluationRegulation regulation, EvaluationInput input)
    {
        EvaluationDecision expected;
        try
        {
            expected = regulation.Classify(input);
        }
        catch (EvaluationInputException)
        {
            // A refused input is refused by both (the same checks run first).
            return Throws(() => regulation.ClassifyKey(input)).Label("refused by both");
        }

        int key = regulation.ClassifyKey(input);
        EvaluationDecision decoded = regulation.DecisionOfKey(key);
        return (key >= 0 && key < regulation.KeyCount).Label($"key {key} within {regulation.KeyCount}")
            .And((decoded == expected).Label($"{decoded} == {expected}"))
            .And((decoded.DecidingPolicy == expected.DecidingPolicy).Label("policy"));
    }

    private static bool Throws(System.Func<int> classify)
    {
        try
        {
            classify();
            return false;
        }
        catch (EvaluationInputException)
        {
            return true;
        }
    }
}

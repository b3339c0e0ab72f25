using System;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>The classification key the round over rows tells decisions apart by: within the regulation's bound, and
/// standing for exactly the decision <see cref="EvaluationRegulation.Classify(EvaluationInput)"/> gives (level, codes,
/// cap, undetermined reason, mitigation and deciding policy); and that decision checked against the ladder and the
/// regime's extras worked out apart from the key's table (Classify decodes the key, so the first check alone would
/// hold whatever the table said).</summary>
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

    [Property(MaxTest = 1000)]
    public Property Classify_AnyInput_IsTheLaddersDecisionWithTheRegimesExtras() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c => LadderAndExtras(EvaluationRegulations.Get(c.Regime), c.Input));

    [Property(MaxTest = 300)]
    public Property Classify_UnderAHighScorePolicy_IsTheLaddersDecisionWithTheRegimesExtras() =>
        Prop.ForAll(Arbitraries.Qd366EvaluationCases(), c => LadderAndExtras(Qd366Lenient, c.Input));

    /// <summary>
    /// Classify's decision against what can be worked out apart from its table of codes: the role's ladder deciding on
    /// its own (<see cref="DecisionLadder{TFacts, TLevel}.Decide"/>); a mitigation reason leaving a ground undetermined
    /// exactly when the explanation (built from the explained ladder, not from the table) carries the mitigation finding;
    /// and the high-score policy deciding exactly when the regulation's parameters say it should: an undetermined
    /// outcome or HTNV by its rung with a score at the HTT minimum or above, HTT by its rung at the HTXS minimum or above.
    /// </summary>
    private static Property LadderAndExtras(EvaluationRegulation regulation, EvaluationInput input)
    {
        EvaluationDecision decision;
        try
        {
            decision = regulation.Classify(input);
        }
        catch (EvaluationInputException)
        {
            return true.Label("refused");
        }

        DecisionLadder<EvaluationInput, EvaluationLevel> ladder = regulation.LadderFor(input.Role);
        LadderDecision<EvaluationLevel> own = ladder.Decide(input);
        bool mitigated = decision.UndeterminedReason.Value?.Contains(".Mitigation.", StringComparison.Ordinal) == true;
        bool mitigationFinding = regulation.Explain(input).Explanation.Children
            .Any(f => f.Code.Value.Contains(".Mitigation.", StringComparison.Ordinal) && f.Status == FindingStatus.Satisfied);

        var parameters = regulation.Parameters.Values.ToDictionary(p => p.Key, p => p.Value);
        bool policyExpected = false;
        if (!mitigated && parameters.ContainsKey("policy.highScore") && input.Score is { } score)
        {
            decimal good = parameters["htt.minScore"].Integer, excellent = parameters["htxs.minScore"].Integer;
            RuleCode Rung(EvaluationLevel level) => ladder.Steps.First(s => s.Kind == LadderStepKind.Level && s.Level == level).Guard.Code;
            policyExpected = own.Kind == OutcomeKind.Undetermined ? score.Total >= good
                : own.Kind == OutcomeKind.Level && own.UncappedLevel == EvaluationLevel.Good && own.DecidedBy == Rung(EvaluationLevel.Good) ? score.Total >= excellent
                : own.Kind == OutcomeKind.Level && own.UncappedLevel == EvaluationLevel.Complete && own.DecidedBy == Rung(EvaluationLevel.Complete) && score.Total >= good;
        }

        return (mitigated == mitigationFinding).Label($"mitigated {mitigated}, finding {mitigationFinding}")
            .And((mitigated ? decision.Ladder == default : decision.Ladder == own).Label($"ladder {decision.Ladder} vs {own}"))
            .And(((decision.DecidingPolicy is not null) == policyExpected).Label($"policy {decision.DecidingPolicy}, expected {policyExpected}"));
    }

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

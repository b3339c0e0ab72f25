using System;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// The documented ranges of the evaluator's facts, as properties: a set of counts is accepted exactly when every count
/// lies in its range; and the small value types' contracts (lowest grade, decision equality and hash).
/// </summary>
public class EvaluationFactsProperties
{
    private static readonly Arbitrary<int> Small = Gen.Choose(-2, 7).ToArbitrary();

    /// <summary>Four counts from -2 to 7, one per decimal digit (FsCheck's ForAll takes at most three arbitraries).</summary>
    private static readonly Arbitrary<int> FourSmall = Gen.Choose(0, 9999).ToArbitrary();

    private static int Digit(int packed, int k) => (packed / (int)Math.Pow(10, k) % 10) - 2;

    private static bool Accepted(Action create)
    {
        try
        {
            create();
            return true;
        }
        catch (EvaluationInputException)
        {
            return false;
        }
    }

    [Property]
    public Property CollectiveFacts_UnitsAndDisciplined_AcceptedExactlyWithinRange() =>
        Prop.ForAll(Small, Small, (units, disciplined) =>
            Accepted(() => _ = new CollectiveFacts(subordinateUnits: units, subordinateUnitsDisciplined: disciplined))
            == (units >= 0 && disciplined >= 0 && disciplined <= units));

    [Property]
    public Property CollectiveFacts_Targets_AcceptedExactlyWithinRange() =>
        Prop.ForAll(Small, Small, (assigned, missed) =>
            Accepted(() => _ = new CollectiveFacts(socioEconomicTargetsMissed: missed, socioEconomicTargetsAssigned: assigned))
            == (assigned >= 0 && assigned <= 5 && missed >= 0 && missed <= assigned));

    [Property]
    public Property LeaderFacts_UnitCounts_AcceptedExactlyWhenTheyAddUp() =>
        Prop.ForAll(FourSmall, packed =>
        {
            (int units, int atLeastComplete, int atLeastGood, int notComplete) = (Digit(packed, 0), Digit(packed, 1), Digit(packed, 2), Digit(packed, 3));
            return Accepted(() => _ = new LeaderFacts(TaskCounts.AllOnTime(1), units, atLeastComplete, atLeastGood, notComplete))
            == (units >= 0
                && atLeastComplete >= 0 && atLeastComplete <= units
                && atLeastGood >= 0 && atLeastGood <= atLeastComplete
                && notComplete >= 0 && notComplete <= units - atLeastComplete);
        });

    [Property]
    public Property LeaderFacts_BallotsAndTargets_AcceptedExactlyWithinRange() =>
        Prop.ForAll(FourSmall, packed =>
        {
            (int cast, int low, int assigned, int missed) = (Digit(packed, 0), Digit(packed, 1), Digit(packed, 2), Digit(packed, 3));
            return Accepted(() => _ = new LeaderFacts(TaskCounts.AllOnTime(1), confidenceVotesCast: cast, lowConfidenceVotes: low, socioEconomicTargetsMissed: missed, socioEconomicTargetsAssigned: assigned))
            == (cast >= 0 && low >= 0 && low <= cast && assigned >= 0 && assigned <= 5 && missed >= 0 && missed <= assigned);
        });

    private static readonly Arbitrary<CriterionGrade> Grade = Gen.Elements(Enum.GetValues<CriterionGrade>()).ToArbitrary();

    [Property]
    public Property CriteriaGrades_Lowest_IsOneOfTheTwoAndNoBetterThanEither() =>
        Prop.ForAll(Grade, Grade, (general, results) =>
        {
            CriterionGrade lowest = new CriteriaGrades(general, results).Lowest;

            // Larger values are lower grades (Excellent = 0 … Poor = 3).
            return (lowest == general || lowest == results) && lowest >= general && lowest >= results;
        });

    /// <summary>Seven bits: the four fields of one decision and three of another.</summary>
    private static readonly Arbitrary<int> Fields = Gen.Choose(0, 127).ToArbitrary();

    private static EvaluationDecision Decision(int regime, int level, int reason, int policy) => new(
        regime == 0 ? EvaluationRegime.Qd124 : EvaluationRegime.Qd366,
        new LadderDecision<EvaluationLevel>(OutcomeKind.Level, level == 0 ? EvaluationLevel.Good : EvaluationLevel.Complete, "Test.Level", default, level == 0 ? EvaluationLevel.Good : EvaluationLevel.Complete),
        reason == 0 ? default : new RuleCode("Test.Gap"),
        policy == 0 ? null : HighScorePolicy.RateHighestMet);

    [Property]
    public Property EvaluationDecision_EqualExactlyWhenEveryFieldIsEqual_AndEqualOnesHashAlike() =>
        Prop.ForAll(Fields, bits =>
        {
            (int r, int l, int u, int p, int r2, int l2, int u2) = (bits & 1, (bits >> 1) & 1, (bits >> 2) & 1, (bits >> 3) & 1, (bits >> 4) & 1, (bits >> 5) & 1, (bits >> 6) & 1);
            // The second decision shares the policy and may differ in any of the other three fields.
            EvaluationDecision a = Decision(r, l, u, p);
            EvaluationDecision b = Decision(r2, l2, u2, p);
            bool same = r == r2 && l == l2 && u == u2;
            return a.Equals(b) == same && (a == b) == same && (a != b) == !same && (!same || a.GetHashCode() == b.GetHashCode())
                && !a.Equals(Decision(r, l, u, 1 - p));
        });
}

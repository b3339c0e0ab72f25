using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// The shipped regimes' ladders, run on their hot path (a program of the rules' own delegates), decide every generated
/// input exactly as the step-by-step reading of their rules does, on the first decisions and after thousands of them.
/// </summary>
public class EvaluationLadderReadingTests
{
    [Property(MaxTest = 2000)]
    public Property Ladder_DecidesAsTheStepByStepReading() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            DecisionLadder<EvaluationInput, EvaluationLevel> ladder = EvaluationRegulations.Get(c.Regime).LadderFor(c.Input.Role);
            Assert.Equal(LadderReading.StepByStep(ladder, c.Input), ladder.Decide(c.Input));
        });

    // Until the ladders lost their run-time compiler they switched to a compiled method after 1,024 decisions; every
    // ladder (fresh ones, from a rebuilt regulation) now gives the same decisions on its 1st and its 3,000th call.
    [Fact]
    public void EveryShippedLadder_DecidesTheSameAcrossThousandsOfDecisions()
    {
        EvaluationCase[] cases = [.. Arbitraries.EvaluationCases().Generator.Sample(6000)];
        foreach (var group in cases.GroupBy(c => (c.Regime, c.Input.Role)))
        {
            EvaluationRegulation shipped = EvaluationRegulations.Get(group.Key.Regime);
            DecisionLadder<EvaluationInput, EvaluationLevel> ladder = EvaluationRegulation.Create(shipped.Regime, shipped.Reference).LadderFor(group.Key.Role);
            EvaluationInput[] inputs = [.. group.Select(c => c.Input)];
            LadderDecision<EvaluationLevel>[] first = [.. inputs.Select(ladder.Decide)];
            int decisions = inputs.Length;
            while (decisions <= 2 * 1024)
            {
                for (int i = 0; i < inputs.Length; i++)
                {
                    Assert.Equal(first[i], ladder.Decide(inputs[i]));
                }

                decisions += inputs.Length;
            }

            for (int i = 0; i < inputs.Length; i++)
            {
                Assert.Equal(LadderReading.StepByStep(ladder, inputs[i]), first[i]);
            }
        }
    }
}

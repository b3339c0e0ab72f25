using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// The shipped regimes' ladders, compiled into one method (their predicates are expression trees written inline),
/// decide every generated input exactly as the step-by-step reading of their rules does.
/// </summary>
public class EvaluationLadderCompilationTests
{
    [Property(MaxTest = 2000)]
    public Property CompiledLadder_DecidesAsTheStepByStepReading() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            DecisionLadder<EvaluationInput, EvaluationLevel> ladder = EvaluationRegulations.Get(c.Regime).LadderFor(c.Input.Role);
            Assert.True(ladder.Compile());
            Assert.Equal(LadderReading.StepByStep(ladder, c.Input), ladder.Decide(c.Input));
        });
}

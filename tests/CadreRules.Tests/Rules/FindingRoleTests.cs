using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Rules;

public class FindingRoleTests
{
    // The explanation of a ladder lists its steps in order: exclusions, overrides and caps are grounds, levels conditions.
    [Property(MaxTest = 300)]
    public Property LadderExplanation_MarksExactlyTheNonLevelSteps_AsGrounds() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            DecisionLadder<EvaluationInput, EvaluationLevel> ladder = EvaluationRegulations.Get(c.Regime).LadderFor(c.Input.Role);
            ImmutableArray<Finding> steps = ladder.Explain(c.Input.Validate()).Explanation.Children;
            return steps.Length == ladder.Steps.Length
                && steps.Zip(ladder.Steps).All(p => p.First.Role == (p.Second.Kind == LadderStepKind.Level ? FindingRole.Condition : FindingRole.Ground))
                && steps.All(s => s.Children.All(child => child.Role == FindingRole.Condition));
        });

    [Fact]
    public void Copies_KeepTheRole_AndAnUnknownRoleIsRefused()
    {
        Finding ground = new Finding(new RuleCode("X.Ground"), new LocalizedText("a", "a"), null, FindingStatus.NotSatisfied, Severity.Violation, [], []).WithRole(FindingRole.Ground);

        Assert.Equal(FindingRole.Ground, ground.WithStatus(FindingStatus.Satisfied).Role);
        Assert.Equal(FindingRole.Ground, ground.WithChildren([ground]).Role);
        Assert.Same(ground, ground.WithRole(FindingRole.Ground));
        Assert.Equal(FindingRole.Condition, ground.WithRole(FindingRole.Condition).Role);
        Assert.Throws<InputOutOfRangeException>(() => ground.WithRole((FindingRole)7));
    }
}

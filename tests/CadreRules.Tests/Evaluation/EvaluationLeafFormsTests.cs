using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// The shipped evaluation rules give each predicate twice, as a delegate and as an expression tree (C# cannot make both
/// from one lambda); the compiled ladders run the expressions, everything else the delegates. Both forms of every leaf
/// must decide alike on every generated input of the roles whose ladder holds the leaf.
/// </summary>
public class EvaluationLeafFormsTests
{
    private static readonly Dictionary<object, Func<EvaluationInput, bool>> Compiled = new(ReferenceEqualityComparer.Instance);

    [Fact]
    public void EveryShippedEvaluationLeaf_HasBothForms()
    {
        int leaves = 0;
        foreach (EvaluationRegulation regulation in EvaluationRegulations.All.Cast<EvaluationRegulation>())
        {
            foreach (PredicateRule<EvaluationInput> leaf in Leaves(regulation))
            {
                leaves++;
                Assert.NotNull(leaf.PredicateExpression);
                Assert.True(leaf.HasAppliesTo == (leaf.AppliesToExpression is not null), leaf.Code.Value);
            }
        }

        Assert.True(leaves > 80, $"only {leaves} leaves found");
    }

    [Property(MaxTest = 1000)]
    public Property BothForms_DecideAlike() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            EvaluationRegulation regulation = EvaluationRegulations.Get(c.Regime);
            foreach (PredicateRule<EvaluationInput> leaf in Leaves(regulation, c.Input.Role))
            {
                bool applies = true;
                if (leaf.HasAppliesTo)
                {
                    applies = Run(leaf.AppliesTo!, c.Input, leaf.Code);
                    Assert.Equal(applies, Run(Compile(leaf.AppliesToExpression!), c.Input, leaf.Code));
                }

                if (applies)
                {
                    Assert.Equal(Run(leaf.Predicate, c.Input, leaf.Code), Run(Compile(leaf.PredicateExpression!), c.Input, leaf.Code));
                }
            }
        });

    private static IEnumerable<PredicateRule<EvaluationInput>> Leaves(EvaluationRegulation regulation, EvaluationRole? role = null) =>
        Enum.GetValues<EvaluationRole>()
            .Where(r => (role is null || r == role) && regulation.Supports(r))
            .SelectMany(r => regulation.LadderFor(r).Steps)
            .SelectMany(s => s.Guard.Flatten())
            .OfType<PredicateRule<EvaluationInput>>()
            .Distinct();

    private static bool Run(Func<EvaluationInput, bool> predicate, EvaluationInput input, RuleCode code)
    {
        try
        {
            return predicate(input);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{code} failed on an input of its own role", e);
        }
    }

    private static Func<EvaluationInput, bool> Compile(System.Linq.Expressions.Expression<Func<EvaluationInput, bool>> expression)
    {
        lock (Compiled)
        {
            if (!Compiled.TryGetValue(expression, out Func<EvaluationInput, bool>? compiled))
            {
                compiled = expression.Compile();
                Compiled[expression] = compiled;
            }

            return compiled;
        }
    }
}

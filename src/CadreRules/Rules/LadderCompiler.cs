using System;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace CadreRules.Rules;

/// <summary>
/// Compiles a decision ladder into one method that returns the ladder's outcome code (see
/// <see cref="DecisionLadder{TFacts, TLevel}"/>): the guards' predicates written as expression trees are inlined, so the
/// whole ladder runs without a delegate call per rule. Any other guard is called as it is (its delegate, or the rule's
/// <see cref="Rule{TFacts}.Evaluate(TFacts)"/>), so the compiled method decides exactly as the loop does.
/// </summary>
internal static class LadderCompiler
{
    /// <summary>Compiles a ladder, or returns <see langword="null"/> when the expression compiler rejects the tree.</summary>
    public static Func<TFacts, int>? TryCompile<TFacts, TLevel>(DecisionLadder<TFacts, TLevel> ladder)
        where TLevel : struct, Enum
    {
        ParameterExpression facts = Expression.Parameter(typeof(TFacts), "facts");
        Expression body = Expression.Constant(-1);
        ReadOnlySpan<LadderStep<TFacts, TLevel>> levels = ladder.LevelSteps;
        for (int rank = levels.Length - 1; rank >= 0; rank--)
        {
            body = Expression.Condition(Holds(levels[rank].Guard, facts), Capped(ladder, rank, facts), body);
        }

        ReadOnlySpan<LadderStep<TFacts, TLevel>> overrides = ladder.OverrideSteps;
        int exclusionCount = ladder.ExclusionSteps.Length;
        for (int i = overrides.Length - 1; i >= 0; i--)
        {
            body = Expression.Condition(Holds(overrides[i].Guard, facts), Expression.Constant(exclusionCount + i), body);
        }

        ReadOnlySpan<LadderStep<TFacts, TLevel>> exclusions = ladder.ExclusionSteps;
        for (int i = exclusions.Length - 1; i >= 0; i--)
        {
            body = Expression.Condition(Holds(exclusions[i].Guard, facts), Expression.Constant(i), body);
        }

        try
        {
            return Expression.Lambda<Func<TFacts, int>>(body, facts).Compile();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // The code of a level reached at a rank, after the caps that may lower it (each cap above the current rank whose
    // guard holds lowers the level to its own; the last such cap is named).
    private static Expression Capped<TFacts, TLevel>(DecisionLadder<TFacts, TLevel> ladder, int rank, ParameterExpression facts)
        where TLevel : struct, Enum
    {
        int code = ladder.LevelBase + (rank << ladder.CapBits);
        ReadOnlySpan<LadderStep<TFacts, TLevel>> caps = ladder.CapSteps;
        ReadOnlySpan<int> capRanks = ladder.CapRanks;
        ParameterExpression finalRank = Expression.Variable(typeof(int), "finalRank");
        ParameterExpression cappedBy = Expression.Variable(typeof(int), "cappedBy");
        var statements = new List<Expression> { Expression.Assign(finalRank, Expression.Constant(rank)), Expression.Assign(cappedBy, Expression.Constant(0)) };
        for (int i = 0; i < caps.Length; i++)
        {
            if (capRanks[i] <= rank)
            {
                continue; // never lowers a level at or below its own
            }

            statements.Add(Expression.IfThen(
                Expression.AndAlso(Expression.GreaterThan(Expression.Constant(capRanks[i]), finalRank), Holds(caps[i].Guard, facts)),
                Expression.Block(Expression.Assign(finalRank, Expression.Constant(capRanks[i])), Expression.Assign(cappedBy, Expression.Constant(i + 1)))));
        }

        if (statements.Count == 2)
        {
            return Expression.Constant(code);
        }

        statements.Add(Expression.Add(Expression.Constant(code), cappedBy));
        return Expression.Block(typeof(int), [finalRank, cappedBy], statements);
    }

    // An expression true exactly when the rule's status is Satisfied.
    private static Expression Holds<TFacts>(Rule<TFacts> rule, ParameterExpression facts)
    {
        switch (rule)
        {
            case PredicateRule<TFacts> leaf:
                Expression predicate = Condition(leaf.PredicateExpression, () => leaf.Predicate, facts);
                return leaf.HasAppliesTo
                    ? Expression.AndAlso(Condition(leaf.AppliesToExpression, () => leaf.AppliesTo!, facts), predicate)
                    : predicate;
            case AllOfRule<TFacts> all when AlwaysApplies(all):
                // Every part applies, so the all-of is satisfied exactly when every part holds, in the parts' order.
                Expression? conjunction = null;
                foreach (Rule<TFacts> item in all.Items)
                {
                    Expression part = Holds(item, facts);
                    conjunction = conjunction is null ? part : Expression.AndAlso(conjunction, part);
                }

                return conjunction!;
            default:
                Expression<Func<Rule<TFacts>, TFacts, bool>> evaluate = static (r, f) => r.Evaluate(f) == FindingStatus.Satisfied;
                return Inline(evaluate.Body, [evaluate.Parameters[0], evaluate.Parameters[1]], [Expression.Constant(rule), facts]);
        }
    }

    // The predicate's own body with the facts parameter, or a call to its delegate.
    private static Expression Condition<TFacts>(Expression<Func<TFacts, bool>>? expression, Func<Func<TFacts, bool>> @delegate, ParameterExpression facts) =>
        expression is not null
            ? Inline(expression.Body, [expression.Parameters[0]], [facts])
            : Expression.Invoke(Expression.Constant(@delegate()), facts);

    // A rule that always applies: a leaf without an applicability test, or an all-of (at least one part) of such rules.
    private static bool AlwaysApplies<TFacts>(Rule<TFacts> rule) => rule switch
    {
        PredicateRule<TFacts> leaf => !leaf.HasAppliesTo,
        AllOfRule<TFacts> all => !all.Items.IsEmpty && AllAlwaysApply(all),
        _ => false,
    };

    private static bool AllAlwaysApply<TFacts>(AllOfRule<TFacts> all)
    {
        foreach (Rule<TFacts> item in all.Items)
        {
            if (!AlwaysApplies(item))
            {
                return false;
            }
        }

        return true;
    }

    private static Expression Inline(Expression body, ParameterExpression[] parameters, Expression[] arguments) =>
        new Substitution(parameters, arguments).Visit(body);

    private sealed class Substitution(ParameterExpression[] parameters, Expression[] arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            int index = Array.IndexOf(parameters, node);
            return index >= 0 ? arguments[index] : node;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CadreRules.Rules;

/// <summary>
/// A ladder step's guard prepared for the hot path. A guard that is a plain leaf (a predicate that always applies) or an
/// all-of made only of such leaves is satisfied exactly when every predicate holds, so it is evaluated as a loop over
/// the predicates, without a virtual call and a status per node; any other guard is evaluated through the rule.
/// </summary>
/// <typeparam name="TFacts">The facts type.</typeparam>
internal readonly struct LadderGuard<TFacts>
{
    private readonly Rule<TFacts> _rule;
    private readonly Func<TFacts, bool>? _single;
    private readonly Func<TFacts, bool>[]? _all;
    private readonly Func<TFacts, bool>? _applies;
    private readonly Func<TFacts, bool>? _appliesThen;

    public LadderGuard(Rule<TFacts> rule)
    {
        _rule = rule;
        var predicates = new List<Func<TFacts, bool>>();
        if (Collect(rule, predicates) && predicates.Count > 0)
        {
            if (predicates.Count == 1)
            {
                _single = predicates[0];
            }
            else
            {
                _all = [.. predicates];
            }
        }
        else if (rule is PredicateRule<TFacts> { AppliesTo: { } applies } leaf)
        {
            // A leaf with an applicability test is satisfied exactly when it applies and its predicate holds.
            _applies = applies;
            _appliesThen = leaf.Predicate;
        }
    }

    /// <summary>Tells whether the guard's status is <see cref="FindingStatus.Satisfied"/>.</summary>
    /// <param name="facts">The facts (not null: the ladder checks).</param>
    /// <returns>The same answer as <c>rule.Evaluate(facts) == FindingStatus.Satisfied</c>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Holds(TFacts facts) => _single is { } predicate ? predicate(facts) : HoldsSlow(facts);

    private bool HoldsSlow(TFacts facts)
    {
        if (_all is not null)
        {
            foreach (Func<TFacts, bool> predicate in _all)
            {
                if (!predicate(facts))
                {
                    return false;
                }
            }

            return true;
        }

        if (_applies is not null)
        {
            return _applies(facts) && _appliesThen!(facts);
        }

        return _rule.Evaluate(facts) == FindingStatus.Satisfied;
    }

    // True when the rule is a conjunction of always-applicable leaves (collected in order, so short-circuiting matches
    // the all-of's own order). A leaf is always applicable when it has no applicability test.
    private static bool Collect(Rule<TFacts> rule, List<Func<TFacts, bool>> predicates)
    {
        switch (rule)
        {
            case PredicateRule<TFacts> leaf when leaf.AppliesTo is null:
                predicates.Add(leaf.Predicate);
                return true;
            case AllOfRule<TFacts> all when !all.Items.IsEmpty:
                foreach (Rule<TFacts> item in all.Items)
                {
                    if (!Collect(item, predicates))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}

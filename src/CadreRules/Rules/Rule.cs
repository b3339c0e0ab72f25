using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>Creates and composes rules.</summary>
/// <remarks>
/// <para>Composition uses a three-valued logic in which <see cref="FindingStatus.NotApplicable"/> is neutral:</para>
/// <list type="bullet">
/// <item><description><see cref="AllOf{TFacts}(Rule{TFacts}[])"/> is not satisfied when an applicable part is not satisfied,
/// satisfied when some part applies and every applicable part is satisfied, and not applicable when no part applies.</description></item>
/// <item><description><see cref="AnyOf{TFacts}(Rule{TFacts}[])"/> is satisfied when an applicable part is satisfied,
/// not satisfied when some part applies and none is satisfied, and not applicable when no part applies.</description></item>
/// <item><description><see cref="Not{TFacts}(Rule{TFacts})"/> swaps satisfied and not satisfied and keeps not applicable.</description></item>
/// </list>
/// <para>So both compositions are associative and commutative, <see cref="NotApplicable{TFacts}"/> is the identity of both,
/// <see cref="Never{TFacts}"/> annihilates all-of, <see cref="Always{TFacts}"/> annihilates any-of, De Morgan's laws and
/// double negation hold.</para>
/// </remarks>
public static class Rule
{
    internal static readonly RuleCode AllOfCode = new("all-of");
    internal static readonly RuleCode AnyOfCode = new("any-of");
    internal static readonly RuleCode NotCode = new("not");
    internal static readonly RuleCode ExceptionCode = new("unless");

    internal static readonly RuleDescriptor AllOfDescriptor = new(AllOfCode, new LocalizedText("Đáp ứng tất cả các điều kiện sau", "All of the following"), null);
    internal static readonly RuleDescriptor AnyOfDescriptor = new(AnyOfCode, new LocalizedText("Đáp ứng ít nhất một trong các điều kiện sau", "Any of the following"), null);
    internal static readonly RuleDescriptor NotDescriptor = new(NotCode, new LocalizedText("Không thuộc trường hợp sau", "Not the following"), null);
    internal static readonly RuleDescriptor ExceptionDescriptor = new(ExceptionCode, new LocalizedText("Quy định chung, trừ khi quy định riêng được áp dụng", "The general rule, unless the more specific rule applies"), null);

    /// <summary>Creates a leaf rule from a predicate.</summary>
    /// <typeparam name="TFacts">The facts the rule reads.</typeparam>
    /// <param name="descriptor">The rule's code, text, citation, severity and confidence.</param>
    /// <param name="predicate">The condition; called only when the rule applies.</param>
    /// <param name="appliesTo">When the rule applies, or <see langword="null"/> when it always applies.</param>
    /// <param name="values">The named values to show in an explanation, or <see langword="null"/>; called only by
    /// <see cref="Rule{TFacts}.Explain(TFacts)"/>, never on the hot path.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="predicate"/> is null.</exception>
    /// <remarks>The delegates are the rule's only form: <see cref="Rule{TFacts}.Evaluate(TFacts)"/> calls them, and so
    /// does a <see cref="DecisionLadder{TFacts, TLevel}"/> on its hot path, directly (nothing is compiled at run time).
    /// Any variable they capture must not change after the rule is created.</remarks>
    public static Rule<TFacts> Create<TFacts>(
        RuleDescriptor descriptor,
        Func<TFacts, bool> predicate,
        Func<TFacts, bool>? appliesTo = null,
        Func<TFacts, ImmutableArray<FactValue>>? values = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new PredicateRule<TFacts>(descriptor, predicate, appliesTo, values);
    }

    /// <summary>A rule that is always satisfied.</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <returns>The rule.</returns>
    public static Rule<TFacts> Always<TFacts>() => ConstantRule<TFacts>.Satisfied;

    /// <summary>A rule that is never satisfied (always applies, always fails).</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <returns>The rule.</returns>
    public static Rule<TFacts> Never<TFacts>() => ConstantRule<TFacts>.NotSatisfied;

    /// <summary>A rule that never applies: the identity of both all-of and any-of.</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <returns>The rule.</returns>
    public static Rule<TFacts> NotApplicable<TFacts>() => ConstantRule<TFacts>.NotApplicable;

    /// <summary>All of the given rules (a structural node; nested unnamed all-of nodes are flattened).</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <param name="rules">The parts.</param>
    /// <returns>The composed rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is null.</exception>
    public static Rule<TFacts> AllOf<TFacts>(params Rule<TFacts>[] rules) => new AllOfRule<TFacts>(AllOfDescriptor, Flatten(rules, AllOfCode));

    /// <summary>All of the given rules, as a named rule with its own code, text and citation.</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <param name="descriptor">The composed rule's code, text and citation.</param>
    /// <param name="rules">The parts.</param>
    /// <returns>The composed rule.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the parts is null.</exception>
    public static Rule<TFacts> AllOf<TFacts>(RuleDescriptor descriptor, params Rule<TFacts>[] rules) => new AllOfRule<TFacts>(descriptor, Flatten(rules, AllOfCode));

    /// <summary>Any of the given rules (a structural node; nested unnamed any-of nodes are flattened).</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <param name="rules">The parts.</param>
    /// <returns>The composed rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is null.</exception>
    public static Rule<TFacts> AnyOf<TFacts>(params Rule<TFacts>[] rules) => new AnyOfRule<TFacts>(AnyOfDescriptor, Flatten(rules, AnyOfCode));

    /// <summary>Any of the given rules, as a named rule with its own code, text and citation.</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <param name="descriptor">The composed rule's code, text and citation.</param>
    /// <param name="rules">The parts.</param>
    /// <returns>The composed rule.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the parts is null.</exception>
    public static Rule<TFacts> AnyOf<TFacts>(RuleDescriptor descriptor, params Rule<TFacts>[] rules) => new AnyOfRule<TFacts>(descriptor, Flatten(rules, AnyOfCode));

    /// <summary>The negation of a rule.</summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The negated rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static Rule<TFacts> Not<TFacts>(Rule<TFacts> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new NotRule<TFacts>(NotDescriptor, rule);
    }

    /// <summary>
    /// A general rule with an exception, in the spirit of default logic: when the more specific rule applies
    /// (its status is not <see cref="FindingStatus.NotApplicable"/>), it decides; otherwise the general rule decides.
    /// </summary>
    /// <typeparam name="TFacts">The facts type.</typeparam>
    /// <param name="general">The general rule.</param>
    /// <param name="specific">The more specific rule, which must be inapplicable outside its own case.</param>
    /// <returns>The rule with its exception.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Rule<TFacts> WithException<TFacts>(Rule<TFacts> general, Rule<TFacts> specific)
    {
        ArgumentNullException.ThrowIfNull(general);
        ArgumentNullException.ThrowIfNull(specific);
        return new ExceptionRule<TFacts>(ExceptionDescriptor, general, specific);
    }

    /// <summary>Combines two statuses as all-of does.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns>The combined status.</returns>
    public static FindingStatus And(FindingStatus left, FindingStatus right) =>
        left == FindingStatus.NotApplicable ? right
        : right == FindingStatus.NotApplicable ? left
        : left == FindingStatus.NotSatisfied || right == FindingStatus.NotSatisfied ? FindingStatus.NotSatisfied
        : FindingStatus.Satisfied;

    /// <summary>Combines two statuses as any-of does.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns>The combined status.</returns>
    public static FindingStatus Or(FindingStatus left, FindingStatus right) =>
        left == FindingStatus.NotApplicable ? right
        : right == FindingStatus.NotApplicable ? left
        : left == FindingStatus.Satisfied || right == FindingStatus.Satisfied ? FindingStatus.Satisfied
        : FindingStatus.NotSatisfied;

    /// <summary>Negates a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Satisfied and not satisfied swapped; not applicable kept.</returns>
    public static FindingStatus Negate(FindingStatus status) => status switch
    {
        FindingStatus.Satisfied => FindingStatus.NotSatisfied,
        FindingStatus.NotSatisfied => FindingStatus.Satisfied,
        _ => FindingStatus.NotApplicable,
    };

    /// <summary>Converts a boolean to a status.</summary>
    /// <param name="holds">Whether the condition holds.</param>
    /// <returns><see cref="FindingStatus.Satisfied"/> or <see cref="FindingStatus.NotSatisfied"/>.</returns>
    public static FindingStatus From(bool holds) => holds ? FindingStatus.Satisfied : FindingStatus.NotSatisfied;

    private static ImmutableArray<Rule<TFacts>> Flatten<TFacts>(Rule<TFacts>[] rules, RuleCode structuralCode)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var parts = ImmutableArray.CreateBuilder<Rule<TFacts>>(rules.Length);
        foreach (Rule<TFacts> rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (rule.Code == structuralCode && rule is CompositeRule<TFacts> composite)
            {
                parts.AddRange(composite.Items);
            }
            else
            {
                parts.Add(rule);
            }
        }

        return parts.ToImmutable();
    }
}

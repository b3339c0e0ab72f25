using System;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Threading;

namespace CadreRules.Rules;

/// <summary>
/// A leaf rule: a predicate with an optional applicability test and explanation values. The predicate is either a
/// delegate or an expression tree; an expression is compiled into a delegate on first use (interpreted where the runtime
/// cannot compile code, as under native AOT), and a decision ladder can compile it inline with its neighbours.
/// </summary>
internal sealed class PredicateRule<TFacts> : Rule<TFacts>
{
    private readonly Func<TFacts, ImmutableArray<FactValue>>? _values;
    private readonly Func<Expression<Func<TFacts, bool>>>? _predicateExpressionFactory;
    private readonly Func<Expression<Func<TFacts, bool>>>? _appliesToExpressionFactory;
    private Func<TFacts, bool>? _predicate;
    private Func<TFacts, bool>? _appliesTo;
    private Expression<Func<TFacts, bool>>? _predicateExpression;
    private Expression<Func<TFacts, bool>>? _appliesToExpression;

    // Each condition comes as a delegate, an expression factory, or both (never neither for the predicate). A factory is
    // called only when the tree is first read (a ladder compiling itself, or a rule without the delegate evaluating), so
    // building the rule, and JIT-compiling the code that builds the tree, costs nothing until then.
    public PredicateRule(
        RuleDescriptor descriptor,
        Func<TFacts, bool>? predicate,
        Func<Expression<Func<TFacts, bool>>>? predicateExpression,
        Func<TFacts, bool>? appliesTo,
        Func<Expression<Func<TFacts, bool>>>? appliesToExpression,
        Func<TFacts, ImmutableArray<FactValue>>? values)
        : base(descriptor)
    {
        _predicate = predicate;
        _predicateExpressionFactory = predicateExpression;
        _appliesTo = appliesTo;
        _appliesToExpressionFactory = appliesToExpression;
        _values = values;
        HasAppliesTo = appliesTo is not null || appliesToExpression is not null;
    }

    /// <summary>Makes a rule from trees alone: the delegates are compiled from them on first use.</summary>
    public static PredicateRule<TFacts> FromTrees(
        RuleDescriptor descriptor,
        Expression<Func<TFacts, bool>> predicate,
        Expression<Func<TFacts, bool>>? appliesTo,
        Func<TFacts, ImmutableArray<FactValue>>? values) =>
        new(descriptor, null, () => predicate, null, appliesTo is null ? null : () => appliesTo, values);

    /// <summary>Gets the predicate (used by ladders to evaluate plain leaves without a virtual call).</summary>
    internal Func<TFacts, bool> Predicate => Volatile.Read(ref _predicate) ?? Compile(ref _predicate, PredicateExpression!);

    /// <summary>Gets the applicability test, if any.</summary>
    internal Func<TFacts, bool>? AppliesTo => HasAppliesTo ? Volatile.Read(ref _appliesTo) ?? Compile(ref _appliesTo, AppliesToExpression!) : null;

    /// <summary>Gets whether the rule has an applicability test.</summary>
    internal bool HasAppliesTo { get; }

    /// <summary>Gets the predicate as an expression tree, when the rule has one (a factory is called on first read).</summary>
    internal Expression<Func<TFacts, bool>>? PredicateExpression =>
        Volatile.Read(ref _predicateExpression) ?? Build(ref _predicateExpression, _predicateExpressionFactory);

    /// <summary>Gets the applicability test as an expression tree, when the rule has one (a factory is called on first read).</summary>
    internal Expression<Func<TFacts, bool>>? AppliesToExpression =>
        Volatile.Read(ref _appliesToExpression) ?? Build(ref _appliesToExpression, _appliesToExpressionFactory);

    public override FindingStatus Evaluate(TFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        if (HasAppliesTo && !AppliesTo!(facts))
        {
            return FindingStatus.NotApplicable;
        }

        return Predicate(facts) ? FindingStatus.Satisfied : FindingStatus.NotSatisfied;
    }

    public override Finding Explain(TFacts facts)
    {
        FindingStatus status = Evaluate(facts);
        ImmutableArray<FactValue> values = _values is null ? ImmutableArray<FactValue>.Empty : _values(facts);
        return new Finding(Code, Descriptor.Text, Citation, status, Descriptor.Severity, values, ImmutableArray<Finding>.Empty);
    }

    // Calls a factory once per rule (a race calls it twice and keeps the first tree; the factory's contract is that both
    // decide alike). A factory that returns null leaves the rule without a tree: a compiled ladder then calls the delegate.
    private static Expression<Func<TFacts, bool>>? Build(ref Expression<Func<TFacts, bool>>? field, Func<Expression<Func<TFacts, bool>>>? factory)
    {
        if (factory?.Invoke() is not { } built)
        {
            return null;
        }

        return Interlocked.CompareExchange(ref field, built, null) ?? built;
    }

    // Compiles once per rule (a race compiles twice and keeps the first; both are the same function).
    private static Func<TFacts, bool> Compile(ref Func<TFacts, bool>? field, Expression<Func<TFacts, bool>> expression)
    {
        Func<TFacts, bool> compiled = expression.Compile(preferInterpretation: !RuntimeFeature.IsDynamicCodeCompiled);
        return Interlocked.CompareExchange(ref field, compiled, null) ?? compiled;
    }
}

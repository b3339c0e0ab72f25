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
    private Func<TFacts, bool>? _predicate;
    private Func<TFacts, bool>? _appliesTo;

    // Either form may be missing (not both): a delegate is compiled from the expression on first use.
    public PredicateRule(
        RuleDescriptor descriptor,
        Func<TFacts, bool>? predicate,
        Expression<Func<TFacts, bool>>? predicateExpression,
        Func<TFacts, bool>? appliesTo,
        Expression<Func<TFacts, bool>>? appliesToExpression,
        Func<TFacts, ImmutableArray<FactValue>>? values)
        : base(descriptor)
    {
        _predicate = predicate;
        PredicateExpression = predicateExpression;
        _appliesTo = appliesTo;
        AppliesToExpression = appliesToExpression;
        _values = values;
        HasAppliesTo = appliesTo is not null || appliesToExpression is not null;
    }

    /// <summary>Gets the predicate (used by ladders to evaluate plain leaves without a virtual call).</summary>
    internal Func<TFacts, bool> Predicate => Volatile.Read(ref _predicate) ?? Compile(ref _predicate, PredicateExpression!);

    /// <summary>Gets the applicability test, if any.</summary>
    internal Func<TFacts, bool>? AppliesTo => HasAppliesTo ? Volatile.Read(ref _appliesTo) ?? Compile(ref _appliesTo, AppliesToExpression!) : null;

    /// <summary>Gets whether the rule has an applicability test.</summary>
    internal bool HasAppliesTo { get; }

    /// <summary>Gets the predicate as an expression tree, when the rule was created from one.</summary>
    internal Expression<Func<TFacts, bool>>? PredicateExpression { get; }

    /// <summary>Gets the applicability test as an expression tree, when the rule was created from one.</summary>
    internal Expression<Func<TFacts, bool>>? AppliesToExpression { get; }

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

    // Compiles once per rule (a race compiles twice and keeps the first; both are the same function).
    private static Func<TFacts, bool> Compile(ref Func<TFacts, bool>? field, Expression<Func<TFacts, bool>> expression)
    {
        Func<TFacts, bool> compiled = expression.Compile(preferInterpretation: !RuntimeFeature.IsDynamicCodeCompiled);
        return Interlocked.CompareExchange(ref field, compiled, null) ?? compiled;
    }
}

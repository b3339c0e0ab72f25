using System;
using System.Collections.Generic;

namespace CadreRules.Rules;

/// <summary>
/// A rule over facts of type <typeparamref name="TFacts"/>: a stable code, a text, a citation, and an evaluation
/// into <see cref="FindingStatus"/>. Rules compose with <c>&amp;</c> (all of), <c>|</c> (any of), <c>!</c> (not)
/// and <see cref="Rule.WithException{TFacts}(Rule{TFacts}, Rule{TFacts})"/>.
/// </summary>
/// <typeparam name="TFacts">The facts the rule reads.</typeparam>
/// <remarks>
/// <see cref="Evaluate(TFacts)"/> is the hot path: it builds no explanation and allocates nothing for the shipped
/// rule kinds. <see cref="Explain(TFacts)"/> builds the finding tree. Rules are immutable and safe to share between threads.
/// </remarks>
public abstract class Rule<TFacts>
{
    private protected Rule(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
    }

    /// <summary>Gets the rule's code, text, citation, severity and confidence.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Gets the rule's stable code.</summary>
    public RuleCode Code => Descriptor.Code;

    /// <summary>Gets the clause the rule rests on, if any.</summary>
    public Citation? Citation => Descriptor.Citation;

    /// <summary>Evaluates the rule without building an explanation.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null (for reference types).</exception>
    public abstract FindingStatus Evaluate(TFacts facts);

    /// <summary>Evaluates the rule and builds its finding tree (its status always equals <see cref="Evaluate(TFacts)"/>).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null (for reference types).</exception>
    public abstract Finding Explain(TFacts facts);

    /// <summary>Tells whether the rule is satisfied (not merely applicable).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns><see langword="true"/> when <see cref="Evaluate(TFacts)"/> is <see cref="FindingStatus.Satisfied"/>.</returns>
    public bool Holds(TFacts facts) => Evaluate(facts) == FindingStatus.Satisfied;

    /// <summary>Enumerates this rule and every rule inside it, depth first.</summary>
    /// <returns>The rules.</returns>
    public IEnumerable<Rule<TFacts>> Flatten()
    {
        yield return this;
        foreach (Rule<TFacts> part in Parts)
        {
            foreach (Rule<TFacts> inner in part.Flatten())
            {
                yield return inner;
            }
        }
    }

    /// <summary>Gets the rules this rule is made of (empty for a leaf).</summary>
    public virtual IReadOnlyList<Rule<TFacts>> Parts => Array.Empty<Rule<TFacts>>();

    /// <summary>All of two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>A rule satisfied when no applicable part fails and at least one part applies.</returns>
    /// <exception cref="ArgumentNullException">Either rule is null.</exception>
    public static Rule<TFacts> operator &(Rule<TFacts> left, Rule<TFacts> right) => Rule.AllOf(left, right);

    /// <summary>Any of two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>A rule satisfied when an applicable part holds.</returns>
    /// <exception cref="ArgumentNullException">Either rule is null.</exception>
    public static Rule<TFacts> operator |(Rule<TFacts> left, Rule<TFacts> right) => Rule.AnyOf(left, right);

    /// <summary>The negation of a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A rule that swaps satisfied and not satisfied, keeping not applicable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static Rule<TFacts> operator !(Rule<TFacts> rule) => Rule.Not(rule);

    /// <summary>Names the AllOf/AnyOf/Not methods for languages without operators.</summary>
    /// <param name="other">The other rule.</param>
    /// <returns><c>this &amp; other</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Rule<TFacts> BitwiseAnd(Rule<TFacts> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Rule.AllOf(this, other);
    }

    /// <summary>Names the <c>|</c> operator.</summary>
    /// <param name="other">The other rule.</param>
    /// <returns><c>this | other</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Rule<TFacts> BitwiseOr(Rule<TFacts> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Rule.AnyOf(this, other);
    }

    /// <summary>Names the <c>!</c> operator.</summary>
    /// <returns><c>!this</c>.</returns>
    public Rule<TFacts> LogicalNot() => Rule.Not(this);

    /// <inheritdoc />
    public override string ToString() => Code.Value;
}

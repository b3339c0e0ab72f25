using System;

namespace CadreRules.Rules;

/// <summary>
/// A change a local variant makes to its base regulation's rules: add a rule at an extension point, replace a named
/// rule's condition, or remove a named rule. The rule is given in C# (a <see cref="Rule{TFacts}"/> over the family's
/// public facts) or as data (a <see cref="FactCondition"/> over the family's <see cref="FactCatalog{TFacts}"/>, built when
/// the variant is applied). Everything a change adds cites the rule's own citation, or the variant's document.
/// </summary>
/// <remarks>
/// <para>Which extension points and which replaceable rules a regulation has is documented by its family (planning:
/// <c>PlanningRegulation.CandidateRequirement</c>; evaluation: <c>EvaluationRegulation.LevelCondition</c>,
/// <c>Exclusion</c>, <c>NotCompleteGround</c>, <c>Cap</c>; rotation, appointment, committee membership: their
/// <c>Requirement</c>). A change a regulation cannot apply is refused with a
/// <see cref="FactConditionException"/> when the variant is applied, naming the change; nothing is applied.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record RuleChange
{
    private RuleChange(RuleChangeKind kind, string target, RuleDescriptor? descriptor, FactCondition? condition, object? rule, Type? factsType)
    {
        Kind = kind;
        Target = target;
        Descriptor = descriptor;
        Condition = condition;
        TypedRule = rule;
        FactsType = factsType;
    }

    /// <summary>Gets what the change does.</summary>
    public RuleChangeKind Kind { get; }

    /// <summary>Gets the extension point of an added rule (e.g. <c>candidate</c>), or the code of the rule replaced or
    /// removed.</summary>
    public string Target { get; }

    /// <summary>Gets the added rule's code, text, citation and severity; for a replacement, the new text and citation
    /// (the code stays the replaced rule's), or null to describe the condition and cite the variant. Null for a removal.</summary>
    public RuleDescriptor? Descriptor { get; }

    /// <summary>Gets the condition written as data, or null when the rule is given in C#.</summary>
    public FactCondition? Condition { get; }

    /// <summary>Gets the type of facts the C# rule reads, or null when the rule is data (or the change removes).</summary>
    public Type? FactsType { get; }

    internal object? TypedRule { get; }

    /// <summary>Adds a rule written in C# at an extension point.</summary>
    /// <typeparam name="TFacts">The facts of the extension point (e.g. <c>PlanningCandidateFacts</c>).</typeparam>
    /// <param name="point">The extension point, e.g. <c>candidate</c>.</param>
    /// <param name="rule">The rule; its descriptor gives the code, text, citation and severity.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="point"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static RuleChange Add<TFacts>(string point, Rule<TFacts> rule)
    {
        ArgumentBounds.NotBlank(point, nameof(point));
        ArgumentNullException.ThrowIfNull(rule);
        return new(RuleChangeKind.Add, point.Trim(), rule.Descriptor, null, rule, typeof(TFacts));
    }

    /// <summary>Adds a rule written as data at an extension point.</summary>
    /// <param name="point">The extension point, e.g. <c>candidate</c>.</param>
    /// <param name="descriptor">The rule's code, text, citation (null: the variant's) and severity.</param>
    /// <param name="condition">When the rule holds.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="point"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="condition"/> is null.</exception>
    public static RuleChange Add(string point, RuleDescriptor descriptor, FactCondition condition)
    {
        ArgumentBounds.NotBlank(point, nameof(point));
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(condition);
        return new(RuleChangeKind.Add, point.Trim(), descriptor, condition, null, null);
    }

    /// <summary>Replaces a named rule's condition with a rule written in C#; the rule keeps its code and takes the new
    /// rule's text and citation.</summary>
    /// <typeparam name="TFacts">The facts the replaced rule's family offers for it.</typeparam>
    /// <param name="code">The code of the rule replaced.</param>
    /// <param name="rule">The new condition.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static RuleChange Replace<TFacts>(RuleCode code, Rule<TFacts> rule)
    {
        Check(code, nameof(code));
        ArgumentNullException.ThrowIfNull(rule);
        return new(RuleChangeKind.Replace, code.Value, rule.Descriptor, null, rule, typeof(TFacts));
    }

    /// <summary>Replaces a named rule's condition with a condition written as data.</summary>
    /// <param name="code">The code of the rule replaced.</param>
    /// <param name="condition">The new condition.</param>
    /// <param name="descriptor">The new text and citation, or null to describe the condition in words ("Replacement
    /// condition: …") and cite the variant (its code is ignored: the rule keeps <paramref name="code"/>).</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public static RuleChange Replace(RuleCode code, FactCondition condition, RuleDescriptor? descriptor = null)
    {
        Check(code, nameof(code));
        ArgumentNullException.ThrowIfNull(condition);
        return new(RuleChangeKind.Replace, code.Value, descriptor, condition, null, null);
    }

    /// <summary>Removes a named rule.</summary>
    /// <param name="code">The code of the rule removed.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public static RuleChange Remove(RuleCode code)
    {
        Check(code, nameof(code));
        return new(RuleChangeKind.Remove, code.Value, null, null, null, null);
    }

    /// <summary>Builds the rule of an addition or replacement over <typeparamref name="TFacts"/>: the C# rule when its facts
    /// are these, or the data condition checked against <paramref name="catalog"/> under <paramref name="descriptor"/>.</summary>
    /// <exception cref="FactConditionException">The C# rule reads other facts, or the condition does not check.</exception>
    internal Rule<TFacts> Build<TFacts>(int index, FactCatalog<TFacts> catalog, RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(descriptor);
        if (TypedRule is not null)
        {
            return TypedRule as Rule<TFacts> ?? throw new FactConditionException(index, string.Empty, RuleChangeText.WrongFacts(Target, FactsType!.Name, typeof(TFacts).Name));
        }

        return catalog.Build(descriptor, Condition!, index, "when");
    }

    private static void Check(RuleCode code, string name)
    {
        if (code.IsEmpty)
        {
            throw new InvalidInputException("A rule change needs the code of the rule it replaces or removes.", name);
        }
    }
}

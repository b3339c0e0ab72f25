using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>
/// The named facts a family publishes for data rules (its fact catalogue): each with a type, a unit, a meaning and an
/// example. A <see cref="FactCondition"/> is checked against it and built into a rule over the family's facts.
/// </summary>
/// <typeparam name="TFacts">The facts the family's rules read.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FactCatalog<TFacts>
{
    private readonly Dictionary<string, FactDefinition<TFacts>> _byName;

    /// <summary>Initializes a new instance of the <see cref="FactCatalog{TFacts}"/> class.</summary>
    /// <param name="facts">The facts, with distinct names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> (or an item) is null.</exception>
    /// <exception cref="ArgumentException">Two facts share a name.</exception>
    public FactCatalog(IEnumerable<FactDefinition<TFacts>> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = [.. facts];
        _byName = new Dictionary<string, FactDefinition<TFacts>>(StringComparer.Ordinal);
        foreach (FactDefinition<TFacts> fact in Facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            if (!_byName.TryAdd(fact.Name, fact))
            {
                throw new InvalidInputException($"Two facts are named '{fact.Name}'.", nameof(facts));
            }
        }
    }

    /// <summary>Gets the facts, in the order given.</summary>
    public ImmutableArray<FactDefinition<TFacts>> Facts { get; }

    /// <summary>Finds a fact by name (exact, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The fact, or <see langword="null"/> when the catalogue has none of that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public FactDefinition<TFacts>? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out FactDefinition<TFacts>? fact) ? fact : null;
    }

    /// <summary>Checks a condition against the catalogue and builds it into a rule: the rule holds when the condition is
    /// shown to hold, and its explanation lists every fact the condition reads.</summary>
    /// <param name="descriptor">The rule's code, text, citation and severity.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FactConditionException">The condition names an unknown fact, gives a constant of the wrong type, or
    /// orders true and false (change 0; the path points into the condition).</exception>
    public Rule<TFacts> Build(RuleDescriptor descriptor, FactCondition condition) => Build(descriptor, condition, 0, string.Empty);

    internal Rule<TFacts> Build(RuleDescriptor descriptor, FactCondition condition, int change, string path)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(path);
        var read = new List<FactDefinition<TFacts>>();
        Func<TFacts, bool?> test = Compile(condition, change, path, read);
        FactDefinition<TFacts>[] shown = [.. read.Distinct()];
        return Rule.Create<TFacts>(descriptor, f => test(f) == true, values: f => [.. shown.Select(d => d.Read(f))]);
    }

    private Func<TFacts, bool?> Compile(FactCondition condition, int change, string path, List<FactDefinition<TFacts>> read)
    {
        switch (condition)
        {
            case FactCondition.Comparison c:
            {
                FactDefinition<TFacts> fact = Find(c.Fact) ?? throw new FactConditionException(change, Join(path, "fact"),
                    $"'{c.Fact}' is not a fact of this family; known facts: {string.Join(", ", Facts.Select(f => f.Name))}.");
                if (fact.Kind == FactKind.Boolean && c.Operator is not (FactComparison.Equal or FactComparison.NotEqual))
                {
                    throw new FactConditionException(change, Join(path, "op"), $"the fact '{fact.Name}' is true or false: compare it with = or != only.");
                }

                (FactDefinition<TFacts>.Constant? parsed, string error) = fact.ParseConstant(c.Value);
                FactDefinition<TFacts>.Constant constant = parsed ?? throw new FactConditionException(change, Join(path, "value"), error);

                read.Add(fact);
                FactComparison op = c.Operator;
                return f => fact.Compare(f, op, constant);
            }

            case FactCondition.AllOf all:
            {
                Func<TFacts, bool?>[] parts = [.. all.Parts.Select((p, i) => Compile(p, change, Join(path, $"all[{i}]"), read))];
                return f =>
                {
                    bool unknown = false;
                    foreach (Func<TFacts, bool?> part in parts)
                    {
                        bool? holds = part(f);
                        if (holds == false)
                        {
                            return false;
                        }

                        unknown |= holds is null;
                    }

                    return unknown ? null : true;
                };
            }

            case FactCondition.AnyOf any:
            {
                Func<TFacts, bool?>[] parts = [.. any.Parts.Select((p, i) => Compile(p, change, Join(path, $"any[{i}]"), read))];
                return f =>
                {
                    bool unknown = false;
                    foreach (Func<TFacts, bool?> part in parts)
                    {
                        bool? holds = part(f);
                        if (holds == true)
                        {
                            return true;
                        }

                        unknown |= holds is null;
                    }

                    return unknown ? null : false;
                };
            }

            case FactCondition.NotOf not:
            {
                Func<TFacts, bool?> part = Compile(not.Part, change, Join(path, "not"), read);
                return f => part(f) is { } holds ? !holds : null;
            }

            default:
                throw new FactConditionException(change, path, "Unknown kind of condition.");
        }
    }

    private static string Join(string path, string part) => path.Length == 0 ? part : path + "." + part;
}

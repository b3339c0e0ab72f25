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
        return new PredicateRule<TFacts>(descriptor, f => test(f) == true, null, f => [.. shown.Select(d => d.Read(f))])
        {
            Failure = f => FailureText(descriptor, condition, f),
        };
    }

    /// <summary>The text of a data rule that does not hold: its own text, then each comparison that is not shown to hold,
    /// with the fact's value and what was required.</summary>
    private LocalizedText FailureText(RuleDescriptor descriptor, FactCondition condition, TFacts facts)
    {
        var vi = new List<string>();
        var en = new List<string>();
        Failures(condition, facts, negated: false, vi, en);
        return vi.Count == 0
            ? descriptor.Text
            : new LocalizedText(
                descriptor.Text.Vietnamese + " — không đáp ứng: " + string.Join("; ", vi),
                descriptor.Text.English + " — not met: " + string.Join("; ", en));
    }

    private void Failures(FactCondition condition, TFacts facts, bool negated, List<string> vi, List<string> en)
    {
        switch (condition)
        {
            case FactCondition.Comparison c:
            {
                FactDefinition<TFacts> fact = Find(c.Fact)!;
                FactDefinition<TFacts>.Constant constant = fact.ParseConstant(c.Value).Value!.Value;
                bool? holds = fact.Compare(facts, c.Operator, constant);
                if (holds == !negated)
                {
                    return;
                }

                FactValue actual = fact.Read(facts);
                string op = Symbol(c.Operator);
                vi.Add($"{fact.Name} = {actual.Format(Language.Vietnamese)} (cần {(negated ? "không " : string.Empty)}{op} {c.Value})");
                en.Add($"{fact.Name} = {actual.Format(Language.English)} (required {(negated ? "not " : string.Empty)}{op} {c.Value})");
                return;
            }

            case FactCondition.AllOf all:
                foreach (FactCondition part in all.Parts)
                {
                    Failures(part, facts, negated, vi, en);
                }

                return;
            case FactCondition.AnyOf any:
                foreach (FactCondition part in any.Parts)
                {
                    Failures(part, facts, negated, vi, en);
                }

                return;
            case FactCondition.NotOf not:
                Failures(not.Part, facts, !negated, vi, en);
                return;
        }
    }

    /// <summary>The condition in words, for a replaced rule given without its own text ("Điều kiện thay thế:
    /// tasks.exceededShare ≥ 50%").</summary>
    internal static LocalizedText Describe(FactCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new("Điều kiện thay thế: " + Words(condition, Language.Vietnamese), "Replacement condition: " + Words(condition, Language.English));
    }

    private static string Words(FactCondition condition, Language language) => condition switch
    {
        FactCondition.Comparison c => $"{c.Fact} {Symbol(c.Operator)} {c.Value}",
        FactCondition.AllOf all => "(" + string.Join(language == Language.Vietnamese ? " và " : " and ", all.Parts.Select(p => Words(p, language))) + ")",
        FactCondition.AnyOf any => "(" + string.Join(language == Language.Vietnamese ? " hoặc " : " or ", any.Parts.Select(p => Words(p, language))) + ")",
        FactCondition.NotOf not => (language == Language.Vietnamese ? "không " : "not ") + Words(not.Part, language),
        _ => string.Empty,
    };

    private static string Symbol(FactComparison comparison) => comparison switch
    {
        FactComparison.Equal => "=",
        FactComparison.NotEqual => "≠",
        FactComparison.AtLeast => "≥",
        FactComparison.AtMost => "≤",
        FactComparison.Above => ">",
        _ => "<",
    };

    private Func<TFacts, bool?> Compile(FactCondition condition, int change, string path, List<FactDefinition<TFacts>> read)
    {
        switch (condition)
        {
            case FactCondition.Comparison c:
            {
                FactDefinition<TFacts> fact = Find(c.Fact) ?? throw new FactConditionException(change, Join(path, "fact"), RuleChangeText.UnknownFact(c.Fact, Facts.Select(f => f.Name)));
                if (fact.Kind == FactKind.Boolean && c.Operator is not (FactComparison.Equal or FactComparison.NotEqual))
                {
                    throw new FactConditionException(change, Join(path, "op"), RuleChangeText.TrueOrFalseOnly(fact.Name));
                }

                (FactDefinition<TFacts>.Constant? parsed, LocalizedText? error) = fact.ParseConstant(c.Value);
                FactDefinition<TFacts>.Constant constant = parsed ?? throw new FactConditionException(change, Join(path, "value"), error!);

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
                throw new FactConditionException(change, path, RuleChangeText.UnknownCondition());
        }
    }

    private static string Join(string path, string part) => path.Length == 0 ? part : path + "." + part;
}

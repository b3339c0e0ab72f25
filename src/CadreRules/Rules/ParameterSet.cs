using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>
/// The values of a regulation's parameters: the shipped defaults, possibly overridden by a local variant.
/// Every key of the schema has exactly one value of the right kind.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ParameterSet
{
    private readonly ImmutableDictionary<string, ParameterValue> _values;
    private readonly ImmutableDictionary<string, ParameterDefinition> _definitions;
    private readonly ImmutableDictionary<string, Citation> _sources;

    private ParameterSet(ImmutableArray<ParameterDefinition> schema, ImmutableArray<ParameterConstraint> constraints, ImmutableDictionary<string, ParameterDefinition> definitions, ImmutableDictionary<string, ParameterValue> values, ImmutableHashSet<string> overridden, ImmutableDictionary<string, Citation> sources)
    {
        _sources = sources;
        Schema = schema;
        Constraints = constraints;
        _definitions = definitions;
        _values = values;
        Overridden = overridden;
    }

    /// <summary>Gets the parameter definitions, in declaration order.</summary>
    public ImmutableArray<ParameterDefinition> Schema { get; }

    /// <summary>Gets the constraints between parameters that every set of values must keep (empty when the regulation
    /// declares none).</summary>
    public ImmutableArray<ParameterConstraint> Constraints { get; }

    /// <summary>Gets the keys whose value differs from the shipped default because of an override.</summary>
    public ImmutableHashSet<string> Overridden { get; }

    /// <summary>Gets every key with its value, in schema order.</summary>
    public IEnumerable<KeyValuePair<string, ParameterValue>> Values => Schema.Select(d => new KeyValuePair<string, ParameterValue>(d.Key, _values[d.Key]));

    /// <summary>Creates the set of default values for a schema.</summary>
    /// <param name="schema">The parameter definitions.</param>
    /// <returns>The defaults.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two definitions share a key.</exception>
    public static ParameterSet Defaults(IEnumerable<ParameterDefinition> schema) => Defaults(schema, []);

    /// <summary>Creates the set of default values for a schema, with the constraints its values must keep.</summary>
    /// <param name="schema">The parameter definitions.</param>
    /// <param name="constraints">The constraints between parameters of <paramref name="schema"/>.</param>
    /// <returns>The defaults.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two definitions share a key, or a constraint reads a parameter that is not in
    /// the schema.</exception>
    /// <exception cref="ParameterException">The defaults break a constraint.</exception>
    public static ParameterSet Defaults(IEnumerable<ParameterDefinition> schema, IEnumerable<ParameterConstraint> constraints)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(constraints);
        ImmutableArray<ParameterDefinition> definitions = [.. schema];
        var byKey = ImmutableDictionary.CreateBuilder<string, ParameterDefinition>(StringComparer.Ordinal);
        var values = ImmutableDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);
        foreach (ParameterDefinition definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(schema));
            if (byKey.ContainsKey(definition.Key))
            {
                throw new InvalidInputException($"Two parameters have the key '{definition.Key}'.", nameof(schema));
            }

            byKey.Add(definition.Key, definition);
            values.Add(definition.Key, definition.DefaultValue);
        }

        ImmutableArray<ParameterConstraint> declared = [.. constraints];
        foreach (ParameterConstraint constraint in declared)
        {
            ArgumentNullException.ThrowIfNull(constraint, nameof(constraints));
            foreach (string key in constraint.Keys)
            {
                if (!byKey.ContainsKey(key))
                {
                    throw new InvalidInputException($"The constraint '{constraint}' reads the parameter '{key}', which is not in the schema.", nameof(constraints));
                }
            }
        }

        var set = new ParameterSet(definitions, declared, byKey.ToImmutable(), values.ToImmutable(), ImmutableHashSet<string>.Empty, ImmutableDictionary<string, Citation>.Empty.WithComparers(StringComparer.Ordinal));
        set.CheckConstraints("The defaults");
        return set;
    }

    /// <summary>Reads a typed parameter.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <returns>Its value in this set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameter"/> is null.</exception>
    /// <exception cref="ParameterException">The parameter is not in this set's schema.</exception>
    public T Get<T>(Parameter<T> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (!_definitions.TryGetValue(parameter.Key, out ParameterDefinition? known) || !ReferenceEquals(known, parameter))
        {
            throw new ParameterException(parameter.Key, $"Parameter '{parameter.Key}' is not part of this regulation.");
        }

        return parameter.Read(_values[parameter.Key]);
    }

    /// <summary>Reads a value by key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ParameterException">There is no parameter with that key.</exception>
    public ParameterValue this[string key] =>
        _values.TryGetValue(key, out ParameterValue value) ? value : throw new ParameterException(key, $"There is no parameter '{key}'.");

    /// <summary>Gets the clause that set a parameter's value: the document of the override when the value was
    /// overridden with one (<see cref="With(IEnumerable{KeyValuePair{string, ParameterValue}}, Citation?)"/>), the
    /// parameter's own <see cref="ParameterDefinition.Citation"/> for the shipped default.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The clause, or <see langword="null"/> when none is known.</returns>
    /// <exception cref="ParameterException">There is no parameter with that key.</exception>
    public Citation? SourceOf(string key)
    {
        if (!_definitions.TryGetValue(key, out ParameterDefinition? definition))
        {
            throw new ParameterException(key, $"There is no parameter '{key}'.");
        }

        return _sources.TryGetValue(key, out Citation? source) ? source : Overridden.Contains(key) ? null : definition.Citation;
    }

    /// <summary>Gets the citation a rule's finding carries when the rule uses some parameters: the national clause when
    /// every one of them keeps its shipped value; otherwise the document that overrode the first one changed, noting
    /// (<see cref="Citation.Replaces"/>) each shipped value replaced and the clause that set it (the parameter's own
    /// <see cref="ParameterDefinition.Citation"/>, or <paramref name="national"/> when it has none).</summary>
    /// <param name="national">The clause of the shipped rule.</param>
    /// <param name="used">The parameters whose values the rule uses.</param>
    /// <returns>The citation (<paramref name="national"/> when nothing it uses was overridden, or when the override's
    /// document is not known).</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ParameterException">A parameter is not part of this set's schema.</exception>
    public Citation? CitationFor(Citation? national, params ReadOnlySpan<ParameterDefinition> used)
    {
        Citation? local = null;
        List<ReplacedValue>? replaced = null;
        foreach (ParameterDefinition parameter in used)
        {
            ArgumentNullException.ThrowIfNull(parameter, nameof(used));
            if (!_definitions.TryGetValue(parameter.Key, out ParameterDefinition? known) || !ReferenceEquals(known, parameter))
            {
                throw new ParameterException(parameter.Key, $"Parameter '{parameter.Key}' is not part of this regulation.");
            }

            if (Overridden.Contains(parameter.Key) && _sources.TryGetValue(parameter.Key, out Citation? source))
            {
                local ??= source;
                (replaced ??= []).Add(new ReplacedValue(parameter.Key, parameter.DefaultValue, parameter.Citation ?? national));
            }
        }

        return local is null ? national : local.Replacing(replaced!);
    }

    /// <summary>Tells whether the schema has a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>Returns a copy with some values overridden; every override is checked before anything changes.</summary>
    /// <param name="overrides">The values by key.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="ParameterException">A key is unknown, a value has the wrong kind or is out of bounds, or the
    /// values together break one of the <see cref="Constraints"/> (the exception's <see cref="ParameterException.Keys"/>
    /// name the parameters of every broken constraint).</exception>
    public ParameterSet With(IEnumerable<KeyValuePair<string, ParameterValue>> overrides) => With(overrides, null);

    /// <summary>Returns a copy with some values overridden by a document (a province's decision, a draft), which
    /// <see cref="SourceOf"/> and <see cref="CitationFor"/> then name for those values; every override is checked before
    /// anything changes.</summary>
    /// <param name="overrides">The values by key.</param>
    /// <param name="source">The document that sets the values, or <see langword="null"/> when unknown.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="ParameterException">A key is unknown, a value has the wrong kind or is out of bounds, or the
    /// values together break one of the <see cref="Constraints"/>.</exception>
    public ParameterSet With(IEnumerable<KeyValuePair<string, ParameterValue>> overrides, Citation? source)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ImmutableDictionary<string, ParameterValue>.Builder values = _values.ToBuilder();
        ImmutableHashSet<string>.Builder overridden = Overridden.ToBuilder();
        ImmutableDictionary<string, Citation>.Builder sources = _sources.ToBuilder();
        foreach ((string key, ParameterValue value) in overrides)
        {
            if (key is null || !_definitions.TryGetValue(key, out ParameterDefinition? definition))
            {
                throw new ParameterException(key ?? string.Empty, $"There is no parameter '{key}'. Known parameters: {string.Join(", ", Schema.Select(d => d.Key))}.");
            }

            definition.Validate(value);
            values[key] = value;
            if (value == definition.DefaultValue)
            {
                overridden.Remove(key);
                sources.Remove(key);
            }
            else
            {
                overridden.Add(key);
                if (source is null)
                {
                    sources.Remove(key);
                }
                else
                {
                    sources[key] = source;
                }
            }
        }

        var set = new ParameterSet(Schema, Constraints, _definitions, values.ToImmutable(), overridden.ToImmutable(), sources.ToImmutable());
        set.CheckConstraints("The values");
        return set;
    }

    private void CheckConstraints(string subject)
    {
        List<ParameterConstraint>? broken = null;
        foreach (ParameterConstraint constraint in Constraints)
        {
            if (!constraint.IsSatisfiedBy(this))
            {
                (broken ??= []).Add(constraint);
            }
        }

        if (broken is null)
        {
            return;
        }

        string details = string.Join("; ", broken.Select(c => $"{c.Description.English} does not hold for {c.Values(this)}"));
        string chi = string.Join("; ", broken.Select(c => $"{c.Description.Vietnamese} không được đáp ứng với {c.Values(this)}"));
        throw new ParameterException(
            broken.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal),
            $"{subject} break {(broken.Count == 1 ? "a constraint" : "constraints")} between parameters: {details}.")
        {
            Text = new($"các giá trị trái ràng buộc giữa các tham số: {chi}.", $"the values break {(broken.Count == 1 ? "a constraint" : "constraints")} between parameters: {details}."),
        };
    }
}

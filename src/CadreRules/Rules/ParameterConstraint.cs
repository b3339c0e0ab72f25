using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>
/// A condition that must hold between some parameters of one regulation, whatever values a local variant gives them:
/// for example the lowest score of HTXS above that of HTT, above that of HTNV. A regulation declares its constraints
/// with its parameters (<see cref="ParameterSet.Defaults(IEnumerable{ParameterDefinition}, IEnumerable{ParameterConstraint})"/>),
/// and <see cref="ParameterSet.With(IEnumerable{KeyValuePair{string, ParameterValue}}, Citation?)"/> refuses overrides that break one, naming its keys.
/// </summary>
/// <remarks>
/// <para>Each parameter is still checked alone against its own bounds (<see cref="ParameterDefinition.Validate"/>); a
/// constraint checks what no single bound can: the order of several thresholds, a smallest count not above a largest.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ParameterConstraint
{
    private readonly Func<ParameterSet, bool> _holds;

    private ParameterConstraint(ImmutableArray<string> keys, LocalizedText description, Func<ParameterSet, bool> holds)
    {
        Keys = keys;
        Description = description;
        _holds = holds;
    }

    /// <summary>Gets the keys of the parameters the constraint reads, in the order of its description.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Gets the constraint in words (for the automatic forms, the keys with <c>&gt;</c> or <c>≤</c> between
    /// them, the same in both languages).</summary>
    public LocalizedText Description { get; }

    /// <summary>Creates the constraint that each parameter is strictly greater than the next, e.g.
    /// <c>htxs.minScore &gt; htt.minScore &gt; htnv.minScore</c>.</summary>
    /// <typeparam name="T">The value type: <see cref="int"/> or <see cref="Share"/>.</typeparam>
    /// <param name="parameters">Two or more parameters, the largest first.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two parameters, or one is given twice.</exception>
    public static ParameterConstraint Descending<T>(params Parameter<T>[] parameters)
        where T : IComparable<T>
    {
        ImmutableArray<string> keys = KeysOf(parameters, 2);
        Parameter<T>[] copy = [.. parameters];
        string text = string.Join(" > ", keys);
        return new ParameterConstraint(keys, new LocalizedText(text, text), set =>
        {
            for (int i = 1; i < copy.Length; i++)
            {
                if (set.Get(copy[i - 1]).CompareTo(set.Get(copy[i])) <= 0)
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>Creates the constraint that one parameter is not greater than another, e.g.
    /// <c>candidates.minimumPerTitle ≤ candidates.maximumPerTitle</c>.</summary>
    /// <typeparam name="T">The value type: <see cref="int"/> or <see cref="Share"/>.</typeparam>
    /// <param name="smaller">The parameter that must be smaller or equal.</param>
    /// <param name="larger">The parameter that must be larger or equal.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentException">The two are the same parameter.</exception>
    public static ParameterConstraint NotGreater<T>(Parameter<T> smaller, Parameter<T> larger)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(smaller);
        ArgumentNullException.ThrowIfNull(larger);
        ImmutableArray<string> keys = KeysOf([smaller, larger], 2);
        string text = smaller.Key + " ≤ " + larger.Key;
        return new ParameterConstraint(keys, new LocalizedText(text, text), set => set.Get(smaller).CompareTo(set.Get(larger)) <= 0);
    }

    /// <summary>Creates a constraint of another shape, for a regulation written outside the library or a rule the two
    /// automatic forms cannot say (e.g. "0, meaning not reported, or at least the minimum").</summary>
    /// <param name="description">The constraint in words, naming the keys.</param>
    /// <param name="parameters">The parameters it reads (at least one).</param>
    /// <param name="holds">Tells whether the constraint holds for a set of values; it reads only
    /// <paramref name="parameters"/>, must not throw, and must give the same answer for the same values.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentNullException">An argument or a parameter is null.</exception>
    /// <exception cref="ArgumentException">No parameter, or one is given twice.</exception>
    public static ParameterConstraint Create(LocalizedText description, IEnumerable<ParameterDefinition> parameters, Func<ParameterSet, bool> holds)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(holds);
        return new ParameterConstraint(KeysOf([.. parameters], 1), description, holds);
    }

    /// <summary>Tells whether the constraint holds for a set of values.</summary>
    /// <param name="values">The values.</param>
    /// <returns><see langword="true"/> when it holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ParameterException">A parameter the constraint reads is not part of the set.</exception>
    public bool IsSatisfiedBy(ParameterSet values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _holds(values);
    }

    /// <inheritdoc />
    public override string ToString() => Description.English;

    private static ImmutableArray<string> KeysOf(ParameterDefinition[] parameters, int fewest)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var keys = ImmutableArray.CreateBuilder<string>(parameters.Length);
        foreach (ParameterDefinition parameter in parameters)
        {
            ArgumentNullException.ThrowIfNull(parameter, nameof(parameters));
            if (keys.Contains(parameter.Key))
            {
                throw new InvalidInputException($"The parameter '{parameter.Key}' is named twice in one constraint.", nameof(parameters));
            }

            keys.Add(parameter.Key);
        }

        if (keys.Count < fewest)
        {
            throw new InvalidInputException($"A constraint of this form reads at least {fewest} parameters.", nameof(parameters));
        }

        return keys.ToImmutable();
    }

    /// <summary>The constraint's keys with their values in a set (shares as percentages, the exact fraction after
    /// when the percentage rounds), for messages.</summary>
    internal string Values(ParameterSet values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(", ", Keys.Select(k => k + " = " + Show(values[k])));
    }

    private static string Show(ParameterValue value)
    {
        if (value.Kind != ParameterKind.Share)
        {
            return value.ToString();
        }

        Share share = value.Share;
        string percent = share.FormatPercent(Language.English, 2);
        bool exact = (Int128)share.Numerator * 10_000 % share.Denominator == 0;
        return exact ? percent : percent + " (" + value + ")";
    }
}

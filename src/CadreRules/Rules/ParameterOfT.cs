using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>A typed regulation parameter; read it from a <see cref="ParameterSet"/> with <see cref="ParameterSet.Get{T}(Parameter{T})"/>.</summary>
/// <typeparam name="T">The CLR type of the value: <see cref="int"/>, <see cref="Rules.Share"/>, <see cref="bool"/> or an enum.</typeparam>
/// <remarks>Create parameters through <see cref="Parameter"/>. Immutable and thread-safe.</remarks>
public sealed class Parameter<T> : ParameterDefinition
{
    private readonly Func<ParameterValue, T> _read;
    private readonly Func<T, ParameterValue> _write;
    private readonly ParameterValue? _minimum;
    private readonly ParameterValue? _maximum;

    internal Parameter(string key, LocalizedText description, ParameterKind kind, T defaultValue, Confidence confidence, Citation? citation, ImmutableArray<string> choices, Func<ParameterValue, T> read, Func<T, ParameterValue> write, ParameterValue? minimum, ParameterValue? maximum)
        : base(key, description, kind, write(defaultValue), confidence, citation, choices)
    {
        _read = read;
        _write = write;
        _minimum = minimum;
        _maximum = maximum;
        Default = defaultValue;
        Validate(DefaultValue);
    }

    /// <summary>Gets the typed default.</summary>
    public T Default { get; }

    /// <inheritdoc />
    public override string? RangeDescription => (_minimum, _maximum) switch
    {
        (null, null) => null,
        ({ } min, null) => "≥ " + min,
        (null, { } max) => "≤ " + max,
        ({ } min, { } max) => min + " … " + max,
    };

    /// <inheritdoc />
    public override string? FormatRange(Language language) => (_minimum, _maximum) switch
    {
        (null, null) => null,
        ({ } min, null) => "≥ " + Bound(min, language),
        (null, { } max) => "≤ " + Bound(max, language),
        ({ } min, { } max) => Bound(min, language) + " … " + Bound(max, language),
    };

    // A bound is a whole number or a share (the kinds that have bounds), written as LocalizationExtensions.FormatValue would.
    private static string Bound(ParameterValue value, Language language) =>
        value.Kind == ParameterKind.Share ? TextFormat.Percent(value.Share, language) : TextFormat.Count(value.Integer, language);

    /// <inheritdoc />
    internal override Type? ChoiceType => typeof(T).IsEnum ? typeof(T) : null;

    /// <summary>Converts a typed value to a parameter value, checking it.</summary>
    /// <param name="value">The typed value.</param>
    /// <returns>The parameter value.</returns>
    /// <exception cref="ParameterException">The value is out of bounds.</exception>
    public ParameterValue ToValue(T value)
    {
        ParameterValue converted = _write(value);
        Validate(converted);
        return converted;
    }

    internal T Read(ParameterValue value) => _read(value);

    private protected override void ValidateRange(ParameterValue value)
    {
        bool below = _minimum is { } min && (Kind == ParameterKind.Integer ? value.Integer < min.Integer : value.Share < min.Share);
        bool above = _maximum is { } max && (Kind == ParameterKind.Integer ? value.Integer > max.Integer : value.Share > max.Share);
        if (below || above)
        {
            throw new ParameterException(Key, $"Parameter '{Key}' must be in {RangeDescription}; {value} is not.");
        }
    }
}

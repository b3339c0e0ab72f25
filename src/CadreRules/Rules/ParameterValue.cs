using System;
using System.Globalization;

namespace CadreRules.Rules;

/// <summary>The value of a regulation parameter: a whole number, an exact share, a boolean or a named choice.</summary>
/// <remarks>Immutable and thread-safe; equality is by kind and value.</remarks>
public readonly record struct ParameterValue
{
    private ParameterValue(ParameterKind kind, long integer, Share share, bool boolean, string? choice)
    {
        Kind = kind;
        Integer = integer;
        Share = share;
        Boolean = boolean;
        Choice = choice;
    }

    /// <summary>Gets the kind of value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>Gets the whole number (for <see cref="ParameterKind.Integer"/>).</summary>
    public long Integer { get; }

    /// <summary>Gets the share (for <see cref="ParameterKind.Share"/>).</summary>
    public Share Share { get; }

    /// <summary>Gets the boolean (for <see cref="ParameterKind.Boolean"/>).</summary>
    public bool Boolean { get; }

    /// <summary>Gets the choice name (for <see cref="ParameterKind.Choice"/>).</summary>
    public string? Choice { get; }

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter value.</returns>
    public static ParameterValue FromInteger(long value) => new(ParameterKind.Integer, value, default, false, null);

    /// <summary>Creates a share value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter value.</returns>
    public static ParameterValue FromShare(Share value) => new(ParameterKind.Share, 0, value, false, null);

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter value.</returns>
    public static ParameterValue FromBoolean(bool value) => new(ParameterKind.Boolean, 0, default, value, null);

    /// <summary>Creates a choice value.</summary>
    /// <param name="value">The choice name.</param>
    /// <returns>The parameter value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank.</exception>
    public static ParameterValue FromChoice(string value)
    {
        ArgumentBounds.NotBlank(value, nameof(value));
        return new(ParameterKind.Choice, 0, default, false, value);
    }

    /// <summary>Formats the value for display and documents: <c>90</c>, <c>1/5</c>, <c>true</c>, <c>Floor</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ParameterKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        ParameterKind.Share => Share.ToString(),
        ParameterKind.Boolean => Boolean ? "true" : "false",
        _ => Choice ?? string.Empty,
    };
}

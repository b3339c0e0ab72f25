using System;

namespace CadreRules.Rules;

/// <summary>The stable identifier of a regulation in a catalogue, such as <c>party-eval-qd366</c>.</summary>
/// <remarks>Made of ASCII letters, digits, '.', '-' and '_'. Equality is ordinal.</remarks>
public readonly record struct RegulationId
{
    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has another character.</exception>
    public RegulationId(string value)
    {
        // Same alphabet as rule codes; the message names a regulation id.
        _value = RuleCode.Check(value, "Regulation id", nameof(value));
    }

    /// <summary>Gets the identifier text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, empty identifier.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Converts a string to an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static implicit operator RegulationId(string value) => new(value);
}

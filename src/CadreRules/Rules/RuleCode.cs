using System;

namespace CadreRules.Rules;

/// <summary>
/// The stable code of a rule, such as <c>QD366.HTXS.ExceededShare</c>. Codes key messages, explanations and case files,
/// so they never change once shipped.
/// </summary>
/// <remarks>A code is made of ASCII letters, digits, '.', '-' and '_'. Equality is ordinal.</remarks>
public readonly record struct RuleCode : IComparable<RuleCode>
{
    private readonly string? _value;

    /// <summary>Creates a rule code.</summary>
    /// <param name="value">The code text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty, or has a character other than
    /// ASCII letters, digits, '.', '-' and '_'.</exception>
    public RuleCode(string value)
    {
        _value = Check(value, "Rule code", nameof(value));
    }

    /// <summary>Checks a code or identifier's alphabet; the message names what it is (<paramref name="noun"/>).</summary>
    internal static string Check(string value, string noun, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(noun);
        ArgumentNullException.ThrowIfNull(parameter);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException($"A {noun.ToLowerInvariant()} cannot be blank.", parameter);
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                throw new InvalidInputException($"{noun} '{value}' has the character '{c}'; only ASCII letters, digits, '.', '-' and '_' are allowed.", parameter);
            }
        }

        return value;
    }

    /// <summary>Gets the code text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, empty code.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public int CompareTo(RuleCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Converts a string to a code.</summary>
    /// <param name="value">The code text.</param>
    /// <exception cref="ArgumentException">The text is not a valid code.</exception>
    public static implicit operator RuleCode(string value) => new(value);

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(RuleCode left, RuleCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(RuleCode left, RuleCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(RuleCode left, RuleCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(RuleCode left, RuleCode right) => left.CompareTo(right) >= 0;
}

using System;

namespace CadreRules.People;

/// <summary>The stable identifier of a cadre in a roster (never a real-world personal number inside the library's samples).</summary>
/// <remarks>Equality and ordering are ordinal, so ordering by id is deterministic.</remarks>
public readonly record struct CadreId : IComparable<CadreId>
{
    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or blank.</exception>
    public CadreId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Gets the identifier text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public int CompareTo(CadreId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Converts a string to an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public static implicit operator CadreId(string value) => new(value);

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CadreId left, CadreId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CadreId left, CadreId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(CadreId left, CadreId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(CadreId left, CadreId right) => left.CompareTo(right) >= 0;
}

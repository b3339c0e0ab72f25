using System;
using CadreRules.Rules;

namespace CadreRules.People;

/// <summary>The stable identifier of a cadre in a roster (never a real-world personal number inside the library's samples).</summary>
/// <remarks>
/// <para><b>Normalisation.</b> The text is trimmed of surrounding white space when the identifier is created, and
/// identifiers are compared <b>case-insensitively</b> (ordinal, ignoring case: each character is upper-cased with the
/// invariant rules, never the machine's culture). So <c>"MKT-001 "</c>, <c>"mkt-001"</c> and <c>"MKT-001"</c> are one
/// cadre, and wherever ids must be unique (a roster, a planning list, a quota population) they are duplicates. Reason:
/// identifiers are typed by hand into rosters and spreadsheets, where a trailing space or the case of a letter is an
/// accident, never the mark of another person; telling them apart would silently split one cadre into two and let a
/// duplicate through. No other normalisation is made (inner spaces, dashes and Unicode composition are kept as given).</para>
/// <para><see cref="Value"/> keeps the spelling first given (trimmed), for display and for written documents. Ordering
/// is ordinal ignoring case, consistent with equality, so ordering by id is deterministic.</para>
/// </remarks>
public readonly struct CadreId : IComparable<CadreId>, IEquatable<CadreId>
{
    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text; not blank. Surrounding white space is removed.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or blank.</exception>
    public CadreId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException("A cadre identifier cannot be blank.", nameof(value));
        }

        _value = value.Trim();
    }

    /// <summary>Gets the identifier text as given, trimmed (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Tells whether two identifiers name the same cadre (ordinal, ignoring case).</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns><see langword="true"/> when equal after normalisation.</returns>
    public bool Equals(CadreId other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CadreId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(CadreId other) => string.Compare(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Converts a string to an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public static implicit operator CadreId(string value) => new(value);

    /// <summary>Equality after normalisation (ordinal, ignoring case).</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when they name the same cadre.</returns>
    public static bool operator ==(CadreId left, CadreId right) => left.Equals(right);

    /// <summary>Inequality after normalisation (ordinal, ignoring case).</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when they name different cadres.</returns>
    public static bool operator !=(CadreId left, CadreId right) => !left.Equals(right);

    /// <summary>Ordinal comparison ignoring case.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CadreId left, CadreId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison ignoring case.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CadreId left, CadreId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison ignoring case.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(CadreId left, CadreId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison ignoring case.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(CadreId left, CadreId right) => left.CompareTo(right) >= 0;
}

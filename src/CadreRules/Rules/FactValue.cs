using System;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>
/// A named value that a rule looked at, such as <c>score = 89</c> or <c>exceededShare = 3/10</c>, carried in a
/// <see cref="Finding"/> so that every answer shows what decided it.
/// </summary>
/// <remarks>Values are integers, exact shares, dates, months, booleans or short texts. Immutable and thread-safe.</remarks>
public readonly record struct FactValue
{
    private FactValue(string name, object value)
    {
        ArgumentBounds.NotBlank(name, nameof(name));
        Name = name;
        Value = value;
    }

    /// <summary>Gets the value's name, as used in message templates (<c>{name}</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the value: a <see cref="long"/>, <see cref="decimal"/>, <see cref="Rules.Share"/>, <see cref="LocalDate"/>,
    /// <see cref="YearMonth"/>, <see cref="bool"/>, <see cref="string"/> or <see cref="LocalizedText"/>.</summary>
    public object Value { get; }

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static FactValue Of(string name, long value) => new(name, value);

    /// <summary>Creates a decimal value (for scores with decimals).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static FactValue Of(string name, decimal value) => new(name, value);

    /// <summary>Creates an exact share value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static FactValue Of(string name, Share value) => new(name, value);

    /// <summary>Creates a date value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static FactValue Of(string name, LocalDate value) => new(name, value);

    /// <summary>Creates a month value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static FactValue Of(string name, YearMonth value) => new(name, value);

    /// <summary>Creates a yes/no value.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static FactValue Of(string name, bool value) => new(name, value);

    /// <summary>Creates a text value (an identifier or a code).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static FactValue Of(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, value);
    }

    /// <summary>Creates a value that reads differently by language (a level's name, an age in years and months).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value in both languages.</param>
    /// <returns>The named value.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static FactValue Of(string name, LocalizedText value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, value);
    }

    /// <summary>Formats the value for display, without the machine's culture: shares as percentages with one decimal
    /// (decimal comma in Vietnamese), dates as dd/MM/yyyy.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Format(Language language) => Value switch
    {
        long l => TextFormat.Integer(l),
        decimal d => TextFormat.Decimal(d, language),
        Share s => s.FormatPercent(language) + " (" + s.ToString() + ")",
        LocalDate date => TextFormat.Date(date),
        YearMonth month => TextFormat.Month(month),
        bool b => language == Language.Vietnamese ? (b ? "có" : "không") : (b ? "yes" : "no"),
        string text => text,
        LocalizedText localized => localized.Get(language),
        _ => Value?.ToString() ?? string.Empty,
    };

    /// <inheritdoc />
    public override string ToString() => Name + " = " + Format(Language.English);
}

using System;

namespace CadreRules.Rules;

/// <summary>
/// A number a local document replaced: the parameter's key, the value the national text (or the shipped default) set,
/// and where that value came from. Carried by a <see cref="Citation"/> of the local document, so a finding that used the
/// local number cites the local document and still shows the national one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReplacedValue
{
    /// <summary>Initializes a new instance of the <see cref="ReplacedValue"/> class.</summary>
    /// <param name="key">The parameter's key, e.g. <c>htxs.minScore</c>.</param>
    /// <param name="value">The value replaced (the shipped default).</param>
    /// <param name="source">The clause that set the value replaced, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or blank.</exception>
    public ReplacedValue(string key, ParameterValue value, Citation? source)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidInputException("A replaced value needs the key of its parameter.", nameof(key));
        }

        Key = key;
        Value = value;
        Source = source;
    }

    /// <summary>Gets the parameter's key.</summary>
    public string Key { get; }

    /// <summary>Gets the value replaced.</summary>
    public ParameterValue Value { get; }

    /// <summary>Gets the clause that set the value replaced, or <see langword="null"/>.</summary>
    public Citation? Source { get; }

    /// <summary>Formats the replaced value, e.g. <c>htxs.minScore = 90 theo khoản 1, Điều 11, QĐ 366-QĐ/TW (…)</c>.</summary>
    /// <param name="language">The language of the clause and of a share's decimal mark.</param>
    /// <returns>The text.</returns>
    public string Format(Language language)
    {
        string value = Value.Kind == ParameterKind.Share ? Value.Share.FormatPercent(language, 2) : Value.ToString();
        string under = language == Language.Vietnamese ? " theo " : " under ";
        return Key + " = " + value + (Source is { } source ? under + source.Format(language) : string.Empty);
    }
}

using System;

namespace CadreRules.Rules;

/// <summary>
/// A short text in Vietnamese and English, such as a rule title or a message template.
/// </summary>
/// <remarks>
/// Templates may name values between braces (<c>{score}</c>); <see cref="Finding.Render(Language)"/> fills them
/// from the finding's <see cref="Finding.Values"/>. Instances are immutable and thread-safe.
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text in both languages.</summary>
    /// <param name="vietnamese">The Vietnamese text; not empty.</param>
    /// <param name="english">The English text; not empty.</param>
    /// <exception cref="ArgumentException">Either text is null, empty or white space.</exception>
    public LocalizedText(string vietnamese, string english)
    {
        ArgumentBounds.NotBlank(vietnamese, nameof(vietnamese));
        ArgumentBounds.NotBlank(english, nameof(english));
        Vietnamese = vietnamese;
        English = english;
    }

    /// <summary>Gets the Vietnamese text.</summary>
    public string Vietnamese { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text in that language.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Get(Language language) => language switch
    {
        Language.Vietnamese => Vietnamese,
        Language.English => English,
        _ => throw new InputOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <inheritdoc />
    public override string ToString() => English;
}

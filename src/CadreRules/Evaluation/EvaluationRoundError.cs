using System;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>One person of an evaluation round who cannot be classified: their position in the input, their identifier,
/// the field at fault and what is wrong.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluationRoundError
{
    /// <summary>Creates an error.</summary>
    /// <param name="index">The person's position in the input (0-based).</param>
    /// <param name="id">The person's identifier.</param>
    /// <param name="field">The field at fault, as named in the documents (e.g. <c>score</c>, <c>role</c>,
    /// <c>evaluatedOn</c>, <c>id</c>), or null when no single field is at fault.</param>
    /// <param name="message">What is wrong, in English, without a trailing parameter name.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or blank.</exception>
    public EvaluationRoundError(int index, CadreId id, string? field, string message)
    {
        ArgumentBounds.NotNegative(index, nameof(index));
        ArgumentBounds.NotBlank(message, nameof(message));
        Index = index;
        Id = id;
        Field = field;
        Message = message;
        Text = new LocalizedText(message, message);
    }

    /// <summary>Creates an error worded in both languages.</summary>
    /// <param name="index">The person's position in the input (0-based).</param>
    /// <param name="id">The person's identifier.</param>
    /// <param name="field">The field at fault, or null when no single field is at fault.</param>
    /// <param name="text">What is wrong, in Vietnamese and English; <see cref="Message"/> is its English.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public EvaluationRoundError(int index, CadreId id, string? field, LocalizedText text)
        : this(index, id, field, (text ?? throw new ArgumentNullException(nameof(text))).English)
    {
        Text = text;
    }

    /// <summary>Gets the person's position in the input (0-based).</summary>
    public int Index { get; }

    /// <summary>Gets the person's identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the field at fault, or null.</summary>
    public string? Field { get; }

    /// <summary>Gets what is wrong, in English.</summary>
    public string Message { get; }

    /// <summary>Gets what is wrong in both languages (an error created from English alone has its English in both).</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the error as <c>people[3] (MKT-004).score: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"people[{Index}] ({Id}){(Field is null ? string.Empty : "." + Field)}: {Message}");
}

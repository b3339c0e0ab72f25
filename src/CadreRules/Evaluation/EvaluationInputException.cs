using System;

namespace CadreRules.Evaluation;

/// <summary>
/// An evaluation input is invalid or cannot be classified: a score out of range, counts that do not add up, an
/// evaluation date no regime covers, or a fact the regime needs that is missing. <see cref="ArgumentException.ParamName"/>
/// names the field (for example <c>tasks.completed</c> or <c>evaluatedOn</c>).
/// </summary>
public sealed class EvaluationInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="field">The field at fault.</param>
    public EvaluationInputException(string message, string field)
        : base(message, field)
    {
    }

    /// <summary>Creates the exception with no field (for serializers; prefer the constructor naming the field).</summary>
    public EvaluationInputException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public EvaluationInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public EvaluationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets what is wrong in both languages (every check of the evaluation input words it so: a score out of
    /// range, counts that do not add up, a date outside the year, a regulation not in force on the evaluation date), or
    /// null when only <see cref="Message"/> (English) says it (an exception made by a caller with a message alone).</summary>
    public Rules.LocalizedText? Text { get; init; }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => Rules.ExceptionText.Plain(base.Message, ParamName);

    /// <summary>The exception for a field with what is wrong in both languages: <see cref="Text"/> is the pair (each
    /// starting in lower case, to follow a field's path), <see cref="Message"/> the English sentence capitalised.</summary>
    /// <param name="field">The field at fault (e.g. <c>tasks.completed</c>).</param>
    /// <param name="vietnamese">What is wrong, in Vietnamese.</param>
    /// <param name="english">What is wrong, in English.</param>
    internal static EvaluationInputException For(string field, string vietnamese, string english) =>
        new(char.ToUpperInvariant(english[0]) + english[1..], field) { Text = new Rules.LocalizedText(vietnamese, english) };
}

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

    /// <summary>Gets what is wrong in both languages, when the library words it so (e.g. a regulation not in force on
    /// the evaluation date), or null when only <see cref="Message"/> (English) says it.</summary>
    public Rules.LocalizedText? Text { get; init; }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => Rules.ExceptionText.Plain(base.Message, ParamName);
}

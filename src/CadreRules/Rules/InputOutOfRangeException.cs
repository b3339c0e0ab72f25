using System;

namespace CadreRules.Rules;

/// <summary>
/// A value is outside the range the library accepts: a date outside <see cref="DomainCalendar"/>, a count above its
/// documented bound (for example the most seats a planning title may have), or a date before the cadre's birth.
/// <see cref="ArgumentException.ParamName"/> and <see cref="Field"/> name the field (for example <c>birthDate</c>,
/// <c>plannedEnd</c> or <c>seats</c>).
/// </summary>
/// <remarks>The <see cref="Message"/> is the library's own sentence, with dates as ISO <c>yyyy-MM-dd</c> and numbers in
/// the invariant culture; unlike other <see cref="ArgumentOutOfRangeException"/>s it carries neither the parameter name
/// nor the actual value appended by .NET, so it does not depend on the machine's culture.
/// <see cref="ArgumentOutOfRangeException.ActualValue"/> holds the value refused.</remarks>
public sealed class InputOutOfRangeException : ArgumentOutOfRangeException
{
    private readonly string? _message;

    /// <summary>Creates the exception.</summary>
    public InputOutOfRangeException()
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InputOutOfRangeException(string message)
        : base(null, message)
    {
        _message = message;
        Field = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InputOutOfRangeException(string message, Exception innerException)
        : base(message, innerException)
    {
        _message = message;
        Field = string.Empty;
    }

    /// <summary>Creates the exception for a field.</summary>
    /// <param name="field">The field at fault (the argument's name, or a dotted path inside it).</param>
    /// <param name="actualValue">The value refused.</param>
    /// <param name="message">What is wrong, naming the field and the accepted range, in culture-independent text.</param>
    public InputOutOfRangeException(string field, object? actualValue, string message)
        : base(field, actualValue, message)
    {
        _message = message;
        Field = field;
    }

    /// <summary>Gets the field at fault (empty when not known).</summary>
    public string Field { get; }

    /// <summary>Gets the lowest value the field accepts, written culture-invariantly (dates as <c>yyyy-MM-dd</c>,
    /// months as <c>yyyy-MM</c>), when the refusal is a bound; null otherwise or when there is no lower bound.</summary>
    /// <remarks>With <see cref="Maximum"/> and <see cref="ArgumentOutOfRangeException.ActualValue"/> it lets a caller
    /// write the error in its own language.</remarks>
    public string? Minimum { get; init; }

    /// <summary>Gets the highest value the field accepts, written culture-invariantly (dates as <c>yyyy-MM-dd</c>,
    /// months as <c>yyyy-MM</c>), when the refusal is a bound; null otherwise or when there is no upper bound.</summary>
    public string? Maximum { get; init; }

    /// <summary>Gets what is wrong in both languages (each starting in lower case, to follow a field's path) where the
    /// library words it so (the checks a document can trigger), or null when only <see cref="Message"/> (English) says
    /// it. The documents layer writes this text in the output's language at the field's path.</summary>
    public LocalizedText? Text { get; init; }

    /// <summary>Gets the message, without the suffixes .NET appends to argument exceptions.</summary>
    public override string Message => _message ?? base.Message;
}

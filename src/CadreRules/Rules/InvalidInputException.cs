using System;

namespace CadreRules.Rules;

/// <summary>
/// An argument the library refuses for what it says (a blank identifier, a value used twice, facts that contradict
/// each other), as opposed to a value out of range (<see cref="InputOutOfRangeException"/>).
/// <see cref="ArgumentException.ParamName"/> names the argument.
/// </summary>
/// <remarks>The <see cref="Message"/> is the library's own sentence in culture-independent text; unlike other
/// <see cref="ArgumentException"/>s it does not carry the parameter name .NET appends.</remarks>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public InvalidInputException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an argument.</summary>
    /// <param name="message">What is wrong, in culture-independent text.</param>
    /// <param name="paramName">The argument at fault.</param>
    public InvalidInputException(string message, string? paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Gets what is wrong in both languages (each starting in lower case, to follow a field's path) where the
    /// library words it so (the checks a document can trigger), or null when only <see cref="Message"/> (English) says
    /// it. The documents layer writes this text in the output's language at the field's path.</summary>
    public LocalizedText? Text { get; init; }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => ExceptionText.Plain(base.Message, ParamName);
}

/// <summary>The plain text of the library's argument exceptions.</summary>
internal static class ExceptionText
{
    /// <summary>A message without the <c> (Parameter 'name')</c> that <see cref="ArgumentException"/> appends.</summary>
    public static string Plain(string message, string? paramName)
    {
        if (paramName is null)
        {
            return message;
        }

        string suffix = " (Parameter '" + paramName + "')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}

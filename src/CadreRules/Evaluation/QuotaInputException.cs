using System;

namespace CadreRules.Evaluation;

/// <summary>
/// A quota population is malformed: a candidate without a unit, two candidates with one identifier (compared as
/// <see cref="People.CadreId"/> compares them), or a unit and peer group flagged outstanding for some of its members only. The message names
/// the entry at fault; nothing is half-built.
/// </summary>
public sealed class QuotaInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public QuotaInputException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public QuotaInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public QuotaInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an argument.</summary>
    /// <param name="message">The message, which names the entry at fault.</param>
    /// <param name="paramName">The argument holding the entry.</param>
    public QuotaInputException(string message, string paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => Rules.ExceptionText.Plain(base.Message, ParamName);
}

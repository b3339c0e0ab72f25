using System;

namespace CadreRules.Planning;

/// <summary>A planning list is malformed: a duplicate cadre or title, an entry naming an unknown title or cadre, a
/// candidate planned twice for one title, or a term that starts before the list's date. The message names the entry.</summary>
public sealed class PlanningListException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public PlanningListException()
    {
        Entry = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public PlanningListException(string message)
        : base(message)
    {
        Entry = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanningListException(string message, Exception innerException)
        : base(message, innerException)
    {
        Entry = string.Empty;
    }

    /// <summary>Creates the exception for an entry.</summary>
    /// <param name="entry">The entry at fault (a cadre id, a title id, or "cadre → title").</param>
    /// <param name="paramName">The argument that holds it.</param>
    /// <param name="message">The message, which names the entry.</param>
    public PlanningListException(string entry, string paramName, string message)
        : base(message, paramName)
    {
        Entry = entry;
    }

    /// <summary>Gets the entry at fault.</summary>
    public string Entry { get; }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => Rules.ExceptionText.Plain(base.Message, ParamName);
}

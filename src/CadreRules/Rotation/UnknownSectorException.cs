using System;

namespace CadreRules.Rotation;

/// <summary>Thrown when a position-change question names a sector whose period the regulation does not define.</summary>
public sealed class UnknownSectorException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public UnknownSectorException()
        : base("Unknown sector.", "sector")
    {
        Sector = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public UnknownSectorException(string message)
        : base(message, "sector")
    {
        Sector = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownSectorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Sector = string.Empty;
    }

    /// <summary>Creates the exception for a sector.</summary>
    /// <param name="sector">The unknown sector.</param>
    /// <param name="message">The message, which lists the known sectors.</param>
    public UnknownSectorException(string sector, string message)
        : base(message, "sector")
    {
        Sector = sector ?? string.Empty;
    }

    /// <summary>Gets the sector that was not found.</summary>
    public string Sector { get; }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => Rules.ExceptionText.Plain(base.Message, ParamName);
}

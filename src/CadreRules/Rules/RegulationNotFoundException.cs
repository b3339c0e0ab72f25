using System;

namespace CadreRules.Rules;

/// <summary>No regulation of a catalogue covers the topic, kind of subject and date asked, or no regulation has the identifier asked.</summary>
public sealed class RegulationNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegulationNotFoundException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RegulationNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RegulationNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

using System;

namespace CadreRules.Rules;

/// <summary>A set of regulations does not make a valid catalogue: a duplicate identifier, or versions of one topic for
/// one kind of subject that overlap or leave a gap.</summary>
public sealed class RegulationCatalogException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegulationCatalogException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RegulationCatalogException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RegulationCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a regulation.</summary>
    /// <param name="regulationId">The regulation at fault.</param>
    /// <param name="message">The message, which names it.</param>
    public RegulationCatalogException(RegulationId regulationId, string message)
        : base(message)
    {
        RegulationId = regulationId;
    }

    /// <summary>Gets the regulation at fault, if known.</summary>
    public RegulationId? RegulationId { get; }
}

using System;

namespace CadreRules.Rules;

/// <summary>A parameter override names an unknown parameter, has the wrong kind of value, or is out of bounds.</summary>
public sealed class ParameterException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ParameterException()
    {
        Key = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ParameterException(string message)
        : base(message)
    {
        Key = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="key">The parameter's key.</param>
    /// <param name="message">The message, which names the key.</param>
    public ParameterException(string key, string message)
        : base(message, key)
    {
        Key = key;
    }

    /// <summary>Gets the key of the parameter at fault.</summary>
    public string Key { get; }
}

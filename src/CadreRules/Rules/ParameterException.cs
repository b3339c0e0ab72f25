using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

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
        Keys = key is null ? [] : [key];
    }

    /// <summary>Creates the exception for parameters that break a constraint together.</summary>
    /// <param name="keys">The keys of the parameters, at least one.</param>
    /// <param name="message">The message, which names the keys.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    public ParameterException(IEnumerable<string> keys, string message)
        : this(FirstOf(keys), message)
    {
        Keys = [.. keys];
    }

    /// <summary>Gets the keys of every parameter at fault: one for a single value, all the keys of the broken
    /// constraints when values break a <see cref="ParameterConstraint"/> together (empty when none is known).</summary>
    public ImmutableArray<string> Keys { get; } = [];

    /// <summary>Gets the key of the parameter at fault (the first of <see cref="Keys"/>).</summary>
    public string Key { get; }

    private static string FirstOf(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.FirstOrDefault() ?? string.Empty;
    }

    /// <summary>Gets what is wrong in both languages (each starting in lower case, to follow a field's path) where the
    /// library words it so (the checks a document can trigger), or null when only <see cref="Message"/> (English) says
    /// it. The documents layer writes this text in the output's language at the field's path.</summary>
    public LocalizedText? Text { get; init; }

    /// <summary>Gets the message, without the suffix .NET appends to argument exceptions.</summary>
    public override string Message => ExceptionText.Plain(base.Message, ParamName);
}

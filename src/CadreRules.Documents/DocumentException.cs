using System;
using System.Text.Json;

namespace CadreRules.Documents;

/// <summary>
/// A JSON document that cannot be read: malformed JSON, a missing required field, an unknown enum value or
/// identifier, a value of the wrong type or out of range. The message starts with the JSON path of the offending
/// value (e.g. <c>$.cadres[3].birthDate</c>), which is also in <see cref="JsonException.Path"/>.
/// </summary>
/// <remarks>
/// Derives from <see cref="JsonException"/>, so callers that already catch JSON errors catch this one too.
/// When it is thrown nothing has been built: documents are parsed and validated completely before any domain
/// object is returned.
/// </remarks>
public sealed class DocumentException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    public DocumentException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class for a JSON path.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.cadres[3].birthDate</c>.</param>
    /// <param name="message">What is wrong; the path is prefixed to it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DocumentException(string path, string message, Exception? innerException)
        : base(path + ": " + message, path, null, null, innerException)
    {
    }
}

using System;
using System.Collections.Generic;

namespace CadreRules.Cli;

/// <summary>Bad input to a command (exit code 2); the message names the file or option and, for documents, the JSON path.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes the exception for several errors (each printed on its own <c>error:</c> line).</summary>
    public CliInputException(IReadOnlyList<string> lines, Exception innerException)
        : base(lines.Count > 0 ? lines[0] : string.Empty, innerException)
    {
        Lines = lines;
    }

    /// <summary>Gets the lines to print, one error each (the message alone unless several were given).</summary>
    public IReadOnlyList<string> Lines
    {
        get => field ?? [Message];
        private init;
    }
}

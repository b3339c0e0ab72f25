using System;

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
}

namespace CadreRules.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success: the command ran and found nothing to report as a failure.</summary>
    public const int Ok = 0;

    /// <summary>Findings: a violation, or a failing case in <c>check</c>.</summary>
    public const int Findings = 1;

    /// <summary>Bad input: unreadable file, malformed document (the message names the file and JSON path), bad option.</summary>
    public const int BadInput = 2;
}

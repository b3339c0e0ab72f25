using System.CommandLine;

namespace CadreRules.Cli;

/// <summary>
/// One sub-command of <c>cadre-rules</c>. To add a command (evaluate, plan, rotation, appointment, diff): implement
/// this interface in one file under <c>Commands/</c> and add the instance to <see cref="CadreRulesCli.Commands"/>.
/// </summary>
internal interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command, whose action returns an <see cref="ExitCodes"/> value.</summary>
    /// <param name="context">The streams and catalogue to run against.</param>
    /// <returns>The command.</returns>
    Command Create(CliContext context);
}

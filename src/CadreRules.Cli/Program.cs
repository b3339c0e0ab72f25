using System;

namespace CadreRules.Cli;

/// <summary>The process entry point of <c>cadre-rules</c>.</summary>
internal static class Program
{
    private static int Main(string[] args) => CadreRulesCli.Run(args, Console.In, Console.Out, Console.Error);
}

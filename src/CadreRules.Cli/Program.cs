using System;

namespace CadreRules.Cli;

/// <summary>The process entry point of <c>cadre-rules</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Vietnamese output must not depend on the console's code page.
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CadreRulesCli.Run(args, Console.In, Console.Out, Console.Error);
    }
}

using System;
using System.IO;
using System.Text;
using CadreRules;

namespace CadreRules.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Vietnamese output must not depend on the console's code page; a large buffer, flushed once, keeps a
        // province's table from costing a system call per line.
        Console.OutputEncoding = Encoding.UTF8;
        using Stream stdout = Console.OpenStandardOutput();
        using var output = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        using Stream stdin = Console.OpenStandardInput();
        using var input = new StreamReader(stdin, Encoding.UTF8);
        try
        {
            return CadreRulesCli.Run(args, new CliContext(input, output, Console.Error, ShippedRegulations.Catalog, stdin, stdout));
        }
        finally
        {
            output.Flush();
        }
    }
}

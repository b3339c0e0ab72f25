using System.IO;
using CadreRules.Cli;
using CadreRules.Rules;

namespace CadreRules.Tests.Cli;

/// <summary>Runs <c>cadre-rules</c> in-process and captures its output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With(null, null, args);

    public static CliRun With(string? stdin, RegulationCatalog? catalog, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new StringReader(stdin ?? string.Empty), output, error, catalog ?? ShippedRegulations.Catalog);
        int exit = CadreRulesCli.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

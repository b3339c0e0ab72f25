using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CadreRules.Cli.Commands;
using CadreRules.Cli.Demo;
using CadreRules.Cli.Localization;
using CadreRules.Rules;

namespace CadreRules.Cli;

/// <summary>Builds and runs the <c>cadre-rules</c> command line against given streams (in-process for tests).</summary>
internal static class CadreRulesCli
{
    /// <summary>The sub-commands, in help order. One line per command.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new RetirementCommand(),
        new EvaluateCommand(),
        new PlanCommand(),
        new ReviewCommand(),
        new RotationCommand(),
        new NonLocalCommand(),
        new PositionChangeCommand(),
        new AppointmentCommand(),
        new CommitteeCommand(),
        new CompositionCommand(),
        new StatisticsCommand(),
        new StandardsCommand(),
        new MovementsCommand(),
        new HistoryCommand(),
        new TitlesCommand(),
        new DiffCommand(),
        new RegulationsCommand(),
        new CheckCommand(),
        new TemplateCommand(),
        new ConvertCommand(),
        new DemoCommand(),
    ];

    /// <summary>Runs the command line with the shipped catalogue.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        Run(args, new CliContext(input, output, error, ShippedRegulations.Catalog));

    /// <summary>Runs the command line against a context; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        Language language = CommandLineText.LanguageOf(args);
        context = context with { Language = language };
        var root = new RootCommand("cadre-rules: Vietnamese cadre-work rules (công tác cán bộ) from the command line. Exit codes: 0 ok, 1 findings, 2 bad input.");
        foreach (ICliCommand command in Commands)
        {
            root.Subcommands.Add(command.Create(context));
        }

        CommandLineText.Localize(root, language);

        // System.CommandLine words its errors and help headings in the machine's culture (and has no Vietnamese): it
        // runs in the invariant culture here, and CommandLineText puts its words into the output's language.
        System.Globalization.CultureInfo culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            ParseResult result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (System.CommandLine.Parsing.ParseError parseError in result.Errors)
                {
                    context.Error.WriteLine(CommandLineText.ParseError(parseError.Message, language));
                }

                context.Error.WriteLine(CommandLineText.SeeHelp(language));
                return ExitCodes.BadInput;
            }

            if (language == Language.Vietnamese && CommandLineText.AsksForHelp(args))
            {
                var help = new StringWriter { NewLine = context.Out.NewLine };
                int exit = result.Invoke(new InvocationConfiguration { Output = help, Error = context.Error, EnableDefaultExceptionHandler = false });
                context.Out.Write(CommandLineText.VietnameseHeadings(help.ToString()));
                return exit;
            }

            return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>Runs a command body, turning bad input into exit code 2 with its message on standard error.</summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliInputException e)
        {
            foreach (string line in e.Lines)
            {
                context.Error.WriteLine("error: " + line);
            }

            return ExitCodes.BadInput;
        }
    }
}

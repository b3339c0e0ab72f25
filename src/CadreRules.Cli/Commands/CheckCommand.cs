using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Cli.Commands;

/// <summary><c>check PATH [--overrides FILE] [--lang vi|en]</c>: runs analyst case files (a file, or every <c>*.json</c>
/// under a folder).</summary>
internal sealed class CheckCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "A case file, or a folder searched recursively for *.json case files." };
        Option<string?> overrides = CommonOptions.Overrides();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        Option<string> language = CommonOptions.Language();
        var command = new Command("check", "Runs analyst case files; prints each failing case and a closing line ('N đạt, N không đạt'; 'N passed, N failed' with --lang en). Exit 1 when a case fails.")
        {
            path, overrides, language, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("check", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            return Run(context, parse.GetValue(path)!, catalog, read);
        }));
        return command;
    }

    private static int Run(CliContext context, string path, RegulationCatalog catalog, DocumentRead read)
    {
        IReadOnlyList<string> files = Files(context, path);
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        foreach (string file in files)
        {
            CaseResult result;
            try
            {
                using Stream stream = CliInput.OpenStream(context, file);
                result = CaseRunner.Run(stream, file, catalog, read.Limits);
            }
            catch (Exception e) when (e is DocumentException or CliInputException)
            {
                IReadOnlyList<string> lines = e is DocumentException document ? CliInput.Lines(file, document, read) : ((CliInputException)e).Lines;
                foreach (string line in lines)
                {
                    context.Error.WriteLine("error: " + line);
                }

                unreadable++;
                continue;
            }

            if (result.Passed)
            {
                passed++;
            }
            else
            {
                failed++;
                context.Out.WriteLine(CliMessages.Say(CliMessages.CaseFailed, read.Language, ("file", result.Source), ("name", result.Name), ("differences", string.Join("; ", result.Failures.Select(f => CaseText.Failure(f, read.Language))))));
            }
        }

        context.Out.WriteLine(CliMessages.Say(CliMessages.CasesSummary, read.Language, ("passed", passed), ("failed", failed)));
        if (unreadable > 0)
        {
            context.Error.WriteLine(CliMessages.Say(CliMessages.CasesUnreadable, read.Language, ("count", unreadable)));
            return ExitCodes.BadInput;
        }

        return failed > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The case files: the file named, or every <c>*.json</c> under the folder named, in ordinal order. Inside
    /// the folder no symbolic link is followed (neither to a folder nor to a file): a link can lead out of the folder,
    /// back into it (a loop) or to a file already counted, so each file is read once, at its real place in the tree.
    /// Skipped links are listed on the error output. The path named itself may be a link.</summary>
    private static IReadOnlyList<string> Files(CliContext context, string path)
    {
        if (Directory.Exists(path))
        {
            var files = new List<string>();
            var folders = new Stack<string>();
            folders.Push(path);
            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0, MatchType = MatchType.Simple };
            while (folders.Count > 0)
            {
                string folder = folders.Pop();
                foreach (FileSystemInfo entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
                {
                    string entryPath = Path.Combine(folder, entry.Name);
                    if (entry.LinkTarget is not null)
                    {
                        if (entry is DirectoryInfo || entry.Name.EndsWith(".json", StringComparison.Ordinal))
                        {
                            context.Error.WriteLine($"note: {entryPath}: {CliMessages.Say(CliMessages.LinkNotFollowed, context.Language)}");
                        }
                    }
                    else if (entry is DirectoryInfo)
                    {
                        folders.Push(entryPath);
                    }
                    else if (entry.Name.EndsWith(".json", StringComparison.Ordinal))
                    {
                        files.Add(entryPath);
                    }
                }
            }

            files.Sort(StringComparer.Ordinal);
            return files.Count > 0 ? files : throw new CliInputException(path + ": " + CliMessages.Say(CliMessages.NoCaseFiles, context.Language));
        }

        return File.Exists(path) ? [path] : throw new CliInputException(path + ": " + CliMessages.Say(CliMessages.NoSuchPath, context.Language));
    }
}

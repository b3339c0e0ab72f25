using System;
using System.CommandLine;
using System.IO;
using CadreRules.Documents;
using CadreRules.Spreadsheets;

namespace CadreRules.Cli.Commands;

/// <summary><c>template KIND --format xlsx|csv [--out FILE]</c>: writes a fill-in template with Vietnamese column headers
/// (<see cref="SpreadsheetDocuments.WriteTemplate"/>); a workbook has a second sheet, "Hướng dẫn", explaining each column.</summary>
internal sealed class TemplateCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind")
        {
            Description = "roster, evaluations, planning, review, rotations, appointments, position-changes, committee, key-posts or body (any case).",
        };
        kind.AcceptChoices("roster", "evaluations", "planning", "review", "rotations", "appointments", "position-changes", "committee", "key-posts", "body");
        Option<string> language = CommonOptions.Language();
        Option<string> format = new Option<string>("--format")
        {
            Description = "xlsx (default: the sheet to fill in and a sheet \"Hướng dẫn\" explaining each column, its values and an example) or csv (the header row and one example row; the explanations are in the xlsx template and docs/spreadsheets.md).",
            DefaultValueFactory = _ => "xlsx",
        }.AcceptChoices("xlsx", "csv");
        Option<string?> output = CommonOptions.Out("The file to write; default: standard output.");
        output.Description = "The file to write; standard output when not given.";
        var command = new Command("template", "Writes a fill-in template (Vietnamese column headers) for a roster, an evaluation sheet, a planning list, a planning review, rotation requests, appointment dossiers, position changes, committee candidacies, key posts (the non-local share) or a body's members (its composition); every command reads the filled-in .xlsx or .csv file as it reads JSON.")
        {
            kind, language, format, output,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            DocumentKind document = parse.GetValue(kind) switch
            {
                "roster" => DocumentKind.Roster,
                "evaluations" => DocumentKind.EvaluationSheet,
                "planning" => DocumentKind.PlanningList,
                "review" => DocumentKind.PlanningReview,
                "rotations" => DocumentKind.RotationRequests,
                "appointments" => DocumentKind.AppointmentRequests,
                "position-changes" => DocumentKind.PositionChanges,
                "committee" => DocumentKind.CommitteeCandidacies,
                "key-posts" => DocumentKind.KeyPosts,
                _ => DocumentKind.Body,
            };
            SpreadsheetFormat sheet = parse.GetValue(format) == "csv" ? SpreadsheetFormat.Csv : SpreadsheetFormat.Xlsx;
            string? path = parse.GetValue(output);
            if (path is not null && path != CliInput.StandardInput)
            {
                WriteFile(path, stream => SpreadsheetDocuments.WriteTemplate(document, sheet, stream), CommonOptions.ParseLanguage(parse.GetValue(language)));
            }
            else
            {
                CliInput.WriteBytes(context, stdout =>
                {
                    using var memory = new MemoryStream();
                    SpreadsheetDocuments.WriteTemplate(document, sheet, memory);
                    memory.Position = 0;
                    memory.CopyTo(stdout);
                });
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteFile(string path, Action<Stream> write, Rules.Language language)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            write(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: {Localization.CliMessages.Unwritable(e, language)}", e);
        }
    }
}

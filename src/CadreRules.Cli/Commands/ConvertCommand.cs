using System;
using System.CommandLine;
using System.IO;
using CadreRules.Documents;
using CadreRules.Rules;
using CadreRules.Spreadsheets;

namespace CadreRules.Cli.Commands;

/// <summary><c>convert FILE --format xlsx|csv|json --out FILE</c>: a JSON document (roster, evaluation sheet, planning
/// list, rotation or appointment requests, position changes, committee candidacies, key posts, a body's members) as a sheet, or a filled-in sheet as its JSON document.</summary>
internal sealed class ConvertCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A JSON document, or an .xlsx or .csv sheet");
        Option<string> language = CommonOptions.Language();
        Option<string> format = new Option<string>("--format")
        {
            Description = "xlsx, csv (a JSON document as a sheet) or json (a sheet as its JSON document).",
            Required = true,
        }.AcceptChoices("xlsx", "csv", "json");
        Option<string?> output = CommonOptions.Out("The file to write; default: standard output.");
        output.Required = true;
        var command = new Command("convert", "Writes a JSON document as a sheet (one row per item, its lists on the rows below repeating its id), or a sheet as its JSON document.")
        {
            file, language, format, output,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            string path = parse.GetValue(file)!;
            string target = parse.GetValue(output)!;
            if (parse.GetValue(format) == "json")
            {
                using Stream sheet = CliInput.OpenStream(context, path, language: lang);
                try
                {
                    using var json = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                    sheet.CopyTo(json);
                }
                catch (DocumentException e)
                {
                    File.Delete(target);
                    throw new CliInputException(CliInput.Lines(path, CliInput.Locate(sheet, e), new DocumentRead("convert", lang, DocumentLimits.Default)), e);
                }

                return ExitCodes.Ok;
            }

            SpreadsheetFormat kind = parse.GetValue(format) == "csv" ? SpreadsheetFormat.Csv : SpreadsheetFormat.Xlsx;
            using Stream input = CliInput.OpenStream(context, path, language: lang);
            try
            {
                using var sheetFile = new FileStream(target, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                SpreadsheetDocuments.WriteDocument(input, kind, sheetFile);
            }
            catch (DocumentException e)
            {
                File.Delete(target);
                throw new CliInputException(CliInput.Lines(path, e, new DocumentRead("convert", lang, DocumentLimits.Default)), e);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

using System;
using System.CommandLine;
using System.IO;
using CadreRules.Documents;
using CadreRules.Documents.Reports;
using CadreRules.Evaluation;
using CadreRules.Rules;
using CadreRules.Spreadsheets;

namespace CadreRules.Cli.Commands;

/// <summary><c>evaluate FILE</c>: classifies every person of an evaluation document and applies the unit quota of HTXS
/// (the library's <see cref="EvaluationRound"/>); the document is streamed and the output written as it goes.</summary>
internal sealed class EvaluateCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("An evaluation document");
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatForEvaluate();
        Option<string?> output = CommonOptions.Out();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        regulation.Description = "The evaluation regulation: an id, \"in force\" (default: in force on each person's evaluation date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).";
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        Option<int?> maxPeople = CommonOptions.MaxPeople();
        var explain = new Option<bool>("--explain") { Description = "Also give each person's verdict (rule codes, values, clauses cited): after the table, or inside each person's JSON record." };
        var command = new Command("evaluate", "Classifies each person (HTXS, HTT, HTNV, KHT), applies the unit quota of HTXS, and counts per level. Exit 1 when an outcome is undetermined.")
        {
            file, language, format, output, overrides, regulation, explain, maxBytes, maxPeople,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            DocumentLimits limits = CommonOptions.Limits(parse.GetValue(maxBytes), parse.GetValue(maxPeople), lang);
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), new DocumentRead("evaluate", lang, DocumentLimits.Default));
            var round = new EvaluationRound(catalog, EvaluationRun.Selector(catalog, parse.GetValue(regulation), lang));
            string path = parse.GetValue(file)!;
            string? formatName = parse.GetValue(format);
            CommonOptions.CheckOut(formatName, parse.GetValue(output), lang);
            bool explaining = parse.GetValue(explain) && formatName is "table" or "json" or "jsonl";
            Func<Stream> open = Source(context, path, rereadable: explaining, checkUtf8: false, lang);
            EvaluationRun run = EvaluationRun.Of(path, open, round, new DocumentRead("evaluate", lang, limits));
            var entries = explaining ? EvaluationRun.Entries(path, open, limits) : null;
            switch (parse.GetValue(format))
            {
                case "json":
                    EvaluationView.WriteJson(context, run, ResultFormat.Json, lang, entries);
                    break;
                case "jsonl":
                    EvaluationView.WriteJson(context, run, ResultFormat.JsonLines, lang, entries);
                    break;
                case HtmlOutput.Format:
                    HtmlOutput.Write(context, parse.GetValue(output), writer =>
                        HtmlReports.WriteEvaluationRound(writer, run.Result, run.Year, HtmlOutput.Options(lang, path, run.Organisation)));
                    break;
                case "xlsx":
                    ResultSheets.Write(context, parse.GetValue(output), SpreadsheetFormat.Xlsx, writer => EvaluationView.WriteSheet(writer, run, lang));
                    break;
                case "csv":
                    ResultSheets.Write(context, parse.GetValue(output), SpreadsheetFormat.Csv, writer => EvaluationView.WriteSheet(writer, run, lang));
                    break;
                default:
                    EvaluationView.WriteTable(context.Out, run, lang, entries);
                    break;
            }

            return run.Result.HasUndetermined ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Opens the document; standard input is kept in memory only when it must be read twice.</summary>
    /// <param name="context">The console.</param>
    /// <param name="path">The file, or <c>-</c>.</param>
    /// <param name="rereadable">Whether the document is read more than once.</param>
    /// <param name="checkUtf8">False when only the streaming evaluation reader reads it (it checks UTF-8 itself).</param>
    /// <param name="language">The language of a spreadsheet's errors.</param>
    internal static Func<Stream> Source(CliContext context, string path, bool rereadable, bool checkUtf8 = true, Language language = Language.English)
    {
        if (path != CliInput.StandardInput || !rereadable)
        {
            return () => CliInput.OpenStream(context, path, checkUtf8, language);
        }

        using var copy = new MemoryStream();
        using (Stream stdin = CliInput.OpenStream(context, path, checkUtf8))
        {
            stdin.CopyTo(copy);
        }

        byte[] bytes = copy.ToArray();
        return () => new MemoryStream(bytes, writable: false);
    }
}

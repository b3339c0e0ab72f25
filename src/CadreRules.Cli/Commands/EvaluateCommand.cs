using System.CommandLine;
using System.Linq;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.Evaluation;

namespace CadreRules.Cli.Commands;

/// <summary><c>evaluate FILE</c>: classifies every person of an evaluation document and applies the unit quota of HTXS.</summary>
internal sealed class EvaluateCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("An evaluation document");
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        regulation.Description = "The evaluation regulation: an id, \"in force\" (default: in force on each person's evaluation date) or \"in force on yyyy-MM-dd\".";
        var explain = new Option<bool>("--explain") { Description = "Also print each person's verdict (rule codes, values, clauses cited); table format only." };
        var command = new Command("evaluate", "Classifies each person (HTXS, HTT, HTNV, KHT), applies the unit quota of HTXS, and counts per level. Exit 1 when an outcome is undetermined.")
        {
            file, language, format, overrides, regulation, explain,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides));
            EvaluationSheet sheet = CliInput.ReadDocument(context, parse.GetValue(file)!, CadreDocuments.ReadEvaluations);
            EvaluationRun run = EvaluationRun.Of(sheet, catalog, parse.GetValue(regulation));
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                EvaluationView.WriteJson(context.Out, sheet, run, lang);
            }
            else
            {
                EvaluationView.WriteTable(context.Out, sheet, run, lang, parse.GetValue(explain));
            }

            return run.Results.Any(r => r.Decision.Kind == OutcomeKind.Undetermined) ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }
}

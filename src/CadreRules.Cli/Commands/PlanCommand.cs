using System.CommandLine;
using System.IO;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;
using CadreRules.Documents;
using CadreRules.Documents.Reports;
using CadreRules.People;

namespace CadreRules.Cli.Commands;

/// <summary><c>plan FILE [--format table|json|html|xlsx|csv] [--out FILE]</c>: validates a planning list (quy hoạch)
/// against the planning regulation.</summary>
internal sealed class PlanCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A planning list document");
        var roster = new Option<string?>("--roster") { Description = "A roster document the list's cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatForPlan();
        Option<string?> output = CommonOptions.Out();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var explain = new Option<bool>("--explain") { Description = "Also give each finding's rule code and the values it read; table format only." };
        regulation.Description = "The planning regulation: an id, \"in force\" (default: in force on the list's date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).";
        var command = new Command("plan", "Validates a planning list: candidates per title, titles per candidate, service left, discipline, structure shares. Exit 1 on violations.")
        {
            file, roster, language, format, output, overrides, regulation, explain, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            CommonOptions.CheckOut(parse.GetValue(format), parse.GetValue(output), lang);
            var read = new DocumentRead("plan", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            PlanningList list = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadPlanningList(stream, people, limits));
            PlanningRegulation planning = CliInput.Regulation<PlanningRegulation>(catalog, parse.GetValue(regulation), RegulationTopic.Planning, SubjectKind.Cadre, list.Date, lang, "plan");
            PlanningReport report = planning.Validate(list, TitleStandardsRegulation.InForce(catalog, list.Date));
            if (parse.GetValue(format) == HtmlOutput.Format)
            {
                string path = parse.GetValue(file)!;
                HtmlOutput.Write(context, parse.GetValue(output), writer =>
                    HtmlReports.WritePlanningList(writer, planning, list, report, HtmlOutput.Options(lang, path)));
            }
            else if (CommonOptions.SheetFormat(parse.GetValue(format)) is { } sheetFormat)
            {
                ResultSheets.Write(context, parse.GetValue(output), sheetFormat, writer => PlanningView.WriteSheet(writer, report, lang, list));
            }
            else if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                PlanningView.WriteJson(context.Out, report, lang, list);
            }
            else
            {
                PlanningView.WriteTable(context.Out, report, lang, list, parse.GetValue(explain));
            }

            return report.HasViolations ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }
}

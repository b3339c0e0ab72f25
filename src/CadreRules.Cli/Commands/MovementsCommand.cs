using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>movements FILE</c>: a programme of rotations, transfers and secondments: each movement's eligibility under
/// the regulations in force on its start date, and the counts by kind, direction, levels, batch and outcome.</summary>
internal sealed class MovementsCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A movements document (each rotation, transfer or secondment with its batch, person, dates and levels)");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var explain = new Option<bool>("--explain") { Description = "Print each movement's whole explanation: every condition, met or not, with its clause." };
        var command = new Command("movements", "A programme of rotations, transfers and secondments: each movement judged by the regulations in force on its start date (transfers and secondments under NĐ 170/2025 from 01/07/2025, undetermined before), with the allowance and secondment dates, and the counts by kind, direction, levels, batch and outcome. Exit 1 when a movement is not eligible or undetermined.")
        {
            file, roster, language, format, overrides, maxBytes, explain,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("movements", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            ImmutableArray<ProgrammeMovement> movements = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadMovements(stream, people, limits));
            MovementProgrammeReport report = MovementProgramme.Assess(movements, catalog);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                MovementsView.WriteJson(context.Out, report, lang, parse.GetValue(explain));
            }
            else
            {
                MovementsView.WriteTable(context.Out, report, lang, parse.GetValue(explain));
            }

            return report.Answers.Any(a => a.Outcome != MovementOutcome.Eligible) ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }
}

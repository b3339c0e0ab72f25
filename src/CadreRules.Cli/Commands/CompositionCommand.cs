using System.CommandLine;
using System.Linq;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>body FILE</c> (alias <c>composition</c>): the structure (cơ cấu) of a sitting body: the shares of women,
/// young and ethnic-minority members against the body's own targets and the directive's, the first-time and re-elected
/// members and the qualification shares, each over all the members.</summary>
internal sealed class CompositionCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A body document (the members on a date, the young age, the targets)");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The directive's structure targets for a party committee: an id (structure-ct45-2025), \"in force\" or \"in force on yyyy-MM-dd\"; without it they apply when the document sets directiveTargets, in force on its date.";
        var command = new Command("body", "A sitting body's composition: the shares of women, young and ethnic-minority members, first-time and re-elected members and the members' education and political theory, each as an exact fraction of all the members, against the body's targets and the directive's, with how many members a missed target lacks. Exit 1 when a target is not met. Alias: composition.")
        {
            file, roster, language, format, overrides, regulation, maxBytes,
        };
        command.Aliases.Add("composition");
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("body", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            BodyMembership body = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadBody(stream, people, limits));
            BodyComposition composition = body.Measure();
            string? selector = parse.GetValue(regulation);
            StructureTargetsRegulation? directive = body.DirectiveTargets || selector is not null
                ? CliInput.Regulation<StructureTargetsRegulation>(CliInput.Catalog(context, parse.GetValue(overrides), read), selector, RegulationTopic.StructureTargets, SubjectKind.PartyOrganisation, body.AsOf, lang, "body")
                : null;
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                CompositionView.WriteJson(context.Out, body, composition, directive, lang);
            }
            else
            {
                CompositionView.WriteTable(context.Out, body, composition, lang);
                if (directive is not null)
                {
                    CompositionView.WriteDirective(context.Out, body, directive, lang);
                }
            }

            bool ownMet = body.Targets.Check(composition).All(f => f.Status == FindingStatus.Satisfied);
            return ownMet && (directive is null || directive.Check(body).Outcome == true) ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }
}

using System.CommandLine;
using CadreRules.Documents;
using CadreRules.History;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>history FILE</c>: evaluation results across years for a person or a unit: each level's share per year and
/// over the period, over a named denominator, by both aggregations.</summary>
internal sealed class HistoryCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("An evaluation history document (each year's level, or counts per level; or a person and a track whose records give the years)");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var denominator = new Option<string>("--denominator")
        {
            Description = "What the shares are taken over: allRated (default: everyone rated that year) or goodOrBetter (those rated HTT or HTXS).",
            DefaultValueFactory = _ => "allRated",
        }.AcceptChoices("allRated", "goodOrBetter");
        var command = new Command("history", "Evaluation results across years for a person or a unit: each level's exact share per year and over the period, over the denominator named, both as pooled counts and as the mean of the yearly shares. No regulation sets a floor on these shares; the command measures, it does not judge. With a person's State-track records, an asOf date and a subjectKind, it also shows the consequences those same records lead to on that date (two KHT years in a row, two within three or in a term, the salary step delay), each cited. Exit 0.")
        {
            file, roster, language, format, maxBytes, denominator,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("history", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            People.Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            EvaluationHistoryDocument document = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadEvaluationHistoryDocument(stream, people, limits));
            HistoryShares shares = HistoryShares.Measure(document.Years, parse.GetValue(denominator) == "goodOrBetter" ? ShareDenominator.GoodOrBetter : ShareDenominator.AllRated);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                HistoryView.WriteJson(context.Out, shares, lang, document);
            }
            else
            {
                HistoryView.WriteTable(context.Out, shares, lang, document);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

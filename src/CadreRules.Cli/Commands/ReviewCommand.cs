using System.CommandLine;
using CadreRules.Documents;
using CadreRules.Documents.Reports;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Cli.Commands;

/// <summary><c>review FILE</c>: the annual planning review (rà soát quy hoạch): who must leave the plan, who may be added.</summary>
internal sealed class ReviewCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A planning review document (last year's list, the review date, this year's facts, proposed additions)");
        var roster = new Option<string?>("--roster") { Description = "A roster document (this year's facts) the cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatForReview();
        Option<string?> output = CommonOptions.Out();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The planning regulation: an id, \"in force\" (default: in force on the review date) or \"in force on yyyy-MM-dd\".";
        var command = new Command("review", "The annual planning review: which entries must leave the plan and why, which proposed additions may be made. Exit 1 when an entry must leave or an addition is refused.")
        {
            file, roster, language, format, output, overrides, regulation, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            CommonOptions.CheckOut(parse.GetValue(format), parse.GetValue(output), lang);
            var read = new DocumentRead("review", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            PlanningReviewInput input = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadPlanningReview(stream, people, limits));
            PlanningRegulation planning = CliInput.Regulation<PlanningRegulation>(catalog, parse.GetValue(regulation), RegulationTopic.Planning, SubjectKind.Cadre, input.ReviewDate, lang, "review");
            PlanningReview review = planning.Review(input, TitleStandardsRegulation.InForce(catalog, input.ReviewDate));
            if (parse.GetValue(format) == HtmlOutput.Format)
            {
                string path = parse.GetValue(file)!;
                HtmlOutput.Write(context, parse.GetValue(output), writer =>
                    HtmlReports.WritePlanningReview(writer, planning, input, review, HtmlOutput.Options(lang, path)));
            }
            else if (CommonOptions.SheetFormat(parse.GetValue(format)) is { } sheetFormat)
            {
                ResultSheets.Write(context, parse.GetValue(output), sheetFormat, writer => ReviewView.WriteSheet(writer, input, review, lang));
            }
            else if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                ReviewView.WriteJson(context.Out, input, review, lang);
            }
            else
            {
                ReviewView.WriteTable(context.Out, input, review, lang);
            }

            return review.Removed.IsEmpty && review.Refused.IsEmpty ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.People;

namespace CadreRules.Cli.Commands;

/// <summary><c>rotation FILE</c>: eligibility of rotation (luân chuyển) requests, with reasons.</summary>
internal sealed class RotationCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A rotation requests document");
        var roster = new Option<string?>("--roster") { Description = "A roster document the requests' cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatWithTableSheets();
        Option<string?> output = CommonOptions.Out();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The rotation regulation: an id, \"in force\" (default: in force on each rotation's start) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).";
        var explain = new Option<bool>("--explain") { Description = "Print every request's whole explanation: each condition, met or not, with the values it read and its clause (JSON: an explanation tree per request)." };
        var command = new Command("rotation", "Whether each rotation request is eligible, with the reasons and clauses. Exit 1 when one is not.")
        {
            file, roster, language, format, output, overrides, regulation, maxBytes, explain,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("rotation", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            ImmutableArray<RotationCase> requests = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadRotationRequests(stream, people, limits));
            IReadOnlyList<RequestResult> results = Assess(requests, catalog, parse.GetValue(regulation), lang);
            if (CommonOptions.SheetFormat(parse.GetValue(format)) is { } sheetFormat)
            {
                ResultSheets.Write(context, parse.GetValue(output), sheetFormat, writer => RequestView.WriteSheet(writer, results, lang, lang == Language.Vietnamese ? "Luân chuyển" : "Rotation"));
            }
            else if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                RequestView.WriteJson(context.Out, results, lang, parse.GetValue(explain));
            }
            else
            {
                RequestView.WriteTable(context.Out, results, lang, lang == Language.Vietnamese ? "Đề nghị luân chuyển" : "Rotation requests");
                if (parse.GetValue(explain))
                {
                    RequestView.WriteExplanations(context.Out, results, lang);
                }
            }

            return results.All(r => r.Eligible) ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    public static IReadOnlyList<RequestResult> Assess(IEnumerable<RotationCase> requests, RegulationCatalog catalog, string? selector, Language language)
    {
        var results = new List<RequestResult>();
        foreach (RotationCase request in requests)
        {
            RotationRegulation regulation = CliInput.Regulation<RotationRegulation>(catalog, selector, RegulationTopic.Rotation, SubjectKind.Cadre, request.Start, language, "rotation");
            Verdict<RotationOutcome> verdict = regulation.Explain(request);
            string months = language == Language.Vietnamese ? " tháng" : "m";
            string detail = $"{Level(request.FromLevel, language)} → {Level(request.ToLevel, language)}, {TextTable.Date(request.Start)}–{TextTable.Date(request.PlannedEnd)} ({TextTable.Integer(request.PlannedMonths)}{months})";
            results.Add(new RequestResult(request.Cadre, detail, regulation.Reference, verdict.Outcome == RotationOutcome.Eligible, request.MonthsLeftAtStart, verdict.Explanation));
        }

        return results;
    }

    // The level in the output's language (cấp trung ương, tỉnh, huyện, xã, cơ sở).
    private static string Level(People.OrganisationalLevel level, Language language) => language == Language.Vietnamese
        ? level switch
        {
            People.OrganisationalLevel.Central => "trung ương",
            People.OrganisationalLevel.Provincial => "tỉnh",
            People.OrganisationalLevel.District => "huyện",
            People.OrganisationalLevel.Commune => "xã",
            People.OrganisationalLevel.Grassroots => "cơ sở",
            _ => FindingJson.Camel(level.ToString()),
        }
        : FindingJson.Camel(level.ToString());
}

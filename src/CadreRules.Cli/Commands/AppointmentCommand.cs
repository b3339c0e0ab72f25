using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.People;

namespace CadreRules.Cli.Commands;

/// <summary><c>appointment FILE</c>: eligibility of appointment (bổ nhiệm) requests, with reasons.</summary>
internal sealed class AppointmentCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("An appointment requests document");
        var roster = new Option<string?>("--roster") { Description = "A roster document the requests' cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatWithTableSheets();
        Option<string?> output = CommonOptions.Out();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The appointment regulation: an id, \"in force\" (default: in force on each dossier's date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).";
        var subject = new Option<string>("--subject")
        {
            Description = "Who is appointed: cadre (default, party and State leadership) or publicEmployee (managing viên chức).",
            DefaultValueFactory = _ => "cadre",
        }.AcceptChoices("cadre", "publicEmployee");
        var explain = new Option<bool>("--explain") { Description = "Print every request's whole explanation: each condition, met or not, with the values it read and its clause (JSON: an explanation tree per request)." };
        var command = new Command("appointment", "Whether each appointment request is eligible (planning, time in post, age, evaluations, discipline), with reasons. Exit 1 when one is not.")
        {
            file, roster, language, format, output, overrides, regulation, maxBytes, subject, explain,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("appointment", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            ImmutableArray<AppointmentCase> requests = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadAppointmentRequests(stream, people, limits));
            SubjectKind kind = parse.GetValue(subject) == "publicEmployee" ? SubjectKind.PublicEmployee : SubjectKind.Cadre;
            IReadOnlyList<RequestResult> results = Assess(requests, catalog, parse.GetValue(regulation), kind, lang);
            if (CommonOptions.SheetFormat(parse.GetValue(format)) is { } sheetFormat)
            {
                ResultSheets.Write(context, parse.GetValue(output), sheetFormat, writer => RequestView.WriteSheet(writer, results, lang, lang == Language.Vietnamese ? "Bổ nhiệm" : "Appointment"));
            }
            else if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                RequestView.WriteJson(context.Out, results, lang, parse.GetValue(explain));
            }
            else
            {
                RequestView.WriteTable(context.Out, results, lang, lang == Language.Vietnamese ? "Đề nghị bổ nhiệm" : "Appointment requests");
                if (parse.GetValue(explain))
                {
                    RequestView.WriteExplanations(context.Out, results, lang);
                }
            }

            return results.All(r => r.Eligible) ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    public static IReadOnlyList<RequestResult> Assess(IEnumerable<AppointmentCase> requests, RegulationCatalog catalog, string? selector, SubjectKind kind, Language language)
    {
        var results = new List<RequestResult>();
        foreach (AppointmentCase request in requests)
        {
            AppointmentRegulation regulation = CliInput.Regulation<AppointmentRegulation>(catalog, selector, RegulationTopic.Appointment, kind, request.DossierReceivedOn, language, "appointment");
            Verdict<AppointmentAssessment> verdict = regulation.Explain(request);
            string detail = $"{KindName(request.Kind, language)}, {TextTable.Date(request.DossierReceivedOn)}";
            results.Add(new RequestResult(request.Cadre, detail, regulation.Reference, verdict.Outcome.Outcome == AppointmentOutcome.Eligible, verdict.Outcome.MonthsLeft, verdict.Explanation));
        }

        return results;
    }

    // The kind of appointment in the output's language (lần đầu, giữ chức vụ cao hơn, ngang hoặc thấp hơn).
    private static string KindName(AppointmentKind kind, Language language) => language == Language.Vietnamese
        ? kind switch
        {
            AppointmentKind.First => "bổ nhiệm lần đầu",
            AppointmentKind.Higher => "bổ nhiệm chức vụ cao hơn",
            AppointmentKind.EquivalentOrLower => "bổ nhiệm chức vụ ngang hoặc thấp hơn",
            _ => FindingJson.Camel(kind.ToString()),
        }
        : FindingJson.Camel(kind.ToString());
}

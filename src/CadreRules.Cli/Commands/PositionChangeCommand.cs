using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>One person's answer: the question, the regulation, the verdict.</summary>
internal sealed record PositionChangeResult(PositionChangeCase Case, PositionChangeRegulation Regulation, Verdict<PositionChangeAssessment> Verdict);

/// <summary><c>position-change FILE</c>: periodic change of work position (định kỳ chuyển đổi vị trí công tác) under NĐ
/// 59/2019: due, deferred, exempt or not yet due, with the dates and the sector's period.</summary>
internal sealed class PositionChangeCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A position-changes document (the date asked; each person's post, sector and deferral grounds)");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The position-change regulation: an id, \"in force\" (default: in force on each date asked) or \"in force on yyyy-MM-dd\".";
        var subject = new Option<string>("--subject")
        {
            Description = "Who is asked about: civilServant (default, công chức) or publicEmployee (viên chức).",
            DefaultValueFactory = _ => "civilServant",
        }.AcceptChoices("civilServant", "publicEmployee");
        var explain = new Option<bool>("--explain") { Description = "Print each person's whole explanation: every step of the decision, satisfied or not, with its clause." };
        var command = new Command("position-change", "Periodic change of work position under NĐ 59/2019: who is due, deferred (and until when), exempt or not yet due, with the sector's period. Exit 1 when someone is due.")
        {
            file, roster, language, format, overrides, regulation, maxBytes, subject, explain,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("position-change", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            ImmutableArray<PositionChangeCase> cases = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadPositionChanges(stream, people, limits));
            SubjectKind kind = parse.GetValue(subject) == "publicEmployee" ? SubjectKind.PublicEmployee : SubjectKind.CivilServant;
            IReadOnlyList<PositionChangeResult> results = Decide(cases, catalog, parse.GetValue(regulation), kind, lang);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                PositionChangeView.WriteJson(context.Out, results, lang, parse.GetValue(explain));
            }
            else
            {
                PositionChangeView.WriteTable(context.Out, results, lang, parse.GetValue(explain));
            }

            return results.Any(r => r.Verdict.Outcome.Status == PositionChangeStatus.Due) ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }

    public static IReadOnlyList<PositionChangeResult> Decide(IEnumerable<PositionChangeCase> cases, RegulationCatalog catalog, string? selector, SubjectKind kind, Language language = Language.English)
    {
        var results = new List<PositionChangeResult>();
        foreach (PositionChangeCase question in cases)
        {
            PositionChangeRegulation regulation = CliInput.Regulation<PositionChangeRegulation>(catalog, selector, RegulationTopic.PositionChange, kind, question.AsOf, language, "position-change");
            results.Add(new PositionChangeResult(question, regulation, regulation.Explain(question)));
        }

        return results;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Cli.Commands;

/// <summary>One person's answer.</summary>
internal sealed record StandardsResult(TitleStandardsCase Case, TitleStandardsRegulation Regulation, Verdict<StandardsOutcome> Verdict);

/// <summary><c>standards FILE</c>: people (or a whole roster) against a title's qualification standards on a date.</summary>
internal sealed class StandardsCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A title standards document (the title, its level, the date, and the people checked; without people, every cadre of --roster)");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries refer to; every cadre of it is checked when the document lists nobody." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The title standards: an id (standards-qd365-qd377), \"in force\" (default: in force on the document's date) or \"in force on yyyy-MM-dd\".";
        var command = new Command("standards", "Whether each person meets a title's qualification standards on a date (education, political theory, state management): meets, pending with a training plan (second planning group), fails or undetermined, each requirement with its clause. Exit 1 when one fails or cannot be decided.")
        {
            file, roster, language, format, overrides, regulation, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("standards", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            ImmutableArray<TitleStandardsCase> cases = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadTitleStandards(stream, people, limits));
            IReadOnlyList<StandardsResult> results = Judge(cases, catalog, parse.GetValue(regulation), lang);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                StandardsView.WriteJson(context.Out, results, lang);
            }
            else
            {
                StandardsView.WriteTable(context.Out, results, lang);
            }

            return results.All(r => r.Verdict.Outcome is StandardsOutcome.Meets or StandardsOutcome.PendingWithPlan) ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    public static IReadOnlyList<StandardsResult> Judge(IEnumerable<TitleStandardsCase> cases, RegulationCatalog catalog, string? selector, Language language = Language.English)
    {
        var results = new List<StandardsResult>();
        foreach (TitleStandardsCase standardsCase in cases)
        {
            TitleStandardsRegulation regulation = CliInput.Regulation<TitleStandardsRegulation>(catalog, selector, RegulationTopic.TitleStandards, SubjectKind.Cadre, standardsCase.AssessedOn, language, "standards");
            results.Add(new StandardsResult(standardsCase, regulation, regulation.Explain(standardsCase)));
        }

        return results;
    }
}

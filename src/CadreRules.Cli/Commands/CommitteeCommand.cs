using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>One candidacy's answer.</summary>
internal sealed record CommitteeResult(CommitteeCandidacy Candidacy, CommitteeMembershipRegulation Regulation, Verdict<AppointmentOutcome> Verdict)
{
    /// <summary>The months of working time the candidacy needs (the finding's <c>minMonths</c>).</summary>
    public long MinMonths => Verdict.Explanation.Values.Where(v => v.Name == "minMonths").Select(v => v.Value).OfType<long>().FirstOrDefault();
}

/// <summary><c>committee FILE</c>: the age of candidates for party committees of the 2025–2030 term (Chỉ thị 45-CT/TW).</summary>
internal sealed class CommitteeCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A committee candidacies document (each candidate, the committee level, first time or re-election)");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries refer to." };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The committee regulation: an id (committee-ct45), \"in force\" (default: in force at the end of each level's age month) or \"in force on yyyy-MM-dd\".";
        var command = new Command("committee", "Whether each candidate for a 2025–2030 party committee has enough working time left at the level's age month (60 months first time, 48 re-elected, 42 provincial deputy secretary). Exit 1 when one has not.")
        {
            file, roster, language, format, overrides, regulation, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("committee", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            Roster? people = parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, read) : null;
            ImmutableArray<CommitteeCandidacy> candidacies = CliInput.ReadDocument(context, parse.GetValue(file)!, read, (stream, limits) => CadreDocuments.ReadCommitteeCandidacies(stream, people, limits));
            IReadOnlyList<CommitteeResult> results = Judge(candidacies, catalog, parse.GetValue(regulation), lang);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                CommitteeView.WriteJson(context.Out, results, lang);
            }
            else
            {
                CommitteeView.WriteTable(context.Out, results, lang);
            }

            return results.All(r => r.Verdict.Outcome == AppointmentOutcome.Eligible) ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    public static IReadOnlyList<CommitteeResult> Judge(IEnumerable<CommitteeCandidacy> candidacies, RegulationCatalog catalog, string? selector, Language language = Language.English)
    {
        var results = new List<CommitteeResult>();
        foreach (CommitteeCandidacy candidacy in candidacies)
        {
            CommitteeMembershipRegulation regulation = CliInput.Regulation<CommitteeMembershipRegulation>(catalog, selector, RegulationTopic.Appointment, SubjectKind.PartyMember, CommitteeImpact.JudgedOn(candidacy), language, "committee");
            results.Add(new CommitteeResult(candidacy, regulation, regulation.Explain(candidacy)));
        }

        return results;
    }
}

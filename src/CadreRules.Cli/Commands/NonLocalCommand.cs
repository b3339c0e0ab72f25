using System.CommandLine;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>non-local FILE</c>: the share of key posts (commune secretaries and chairs) held by non-local cadres,
/// against the target (<see cref="RotationRegulation.MeasureNonLocalShare"/>).</summary>
internal sealed class NonLocalCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A key-posts document (the secretary and chair of each unit, with their ties to its locality)");
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string?> regulation = CommonOptions.Regulation();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        regulation.Description = "The rotation regulation (its non-local threshold and target): an id, \"in force\" (default: in force on the document's date) or \"in force on yyyy-MM-dd\".";
        var command = new Command("non-local", "The share of key posts held by non-local cadres, per post and in total against the pooled target, and per post kind and level against its own target and deadline (ahead of or behind schedule). Exit 1 when the pooled target is not met or a post's target is missed past its deadline.")
        {
            file, language, format, overrides, regulation, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            var read = new DocumentRead("non-local", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), read);
            KeyPostSurvey survey = CliInput.ReadDocument(context, parse.GetValue(file)!, read, CadreDocuments.ReadKeyPosts);
            RotationRegulation rotation = CliInput.Regulation<RotationRegulation>(catalog, parse.GetValue(regulation), RegulationTopic.Rotation, SubjectKind.Cadre, survey.Date, lang, "non-local");
            NonLocalShareReport report = rotation.MeasureNonLocalShare(survey.Holders);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                NonLocalView.WriteJson(context.Out, survey, rotation, report, lang);
            }
            else
            {
                NonLocalView.WriteTable(context.Out, survey, rotation, report, lang);
            }

            // Exit 1 when the pooled target is missed, or when a post's own target is missed past its deadline (behind
            // schedule); a post still before its deadline is not a finding.
            bool behind = rotation.MeasureNonLocalByPost(survey).Any(p => p.ProgressOn(survey.Date) == NonLocalProgress.Missed);
            return report.MeetsTarget && !behind ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }
}

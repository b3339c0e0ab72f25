using System.CommandLine;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>regulations [--overrides FILE] [--lang vi|en] [--format table|json|markdown]</c>: the regulation
/// catalogue; <c>markdown</c> is the reference page <c>docs/rules.md</c> is made of, for the catalogue as a variant
/// leaves it.</summary>
internal sealed class RegulationsCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string> language = CommonOptions.Language();
        var format = new Option<string>("--format")
        {
            Description = "table (default, for people), json (for machines) or markdown (the reference page docs/rules.md is, for this catalogue: with --overrides, the province's rules and numbers).",
            DefaultValueFactory = _ => "table",
        }.AcceptChoices("table", "json", "markdown");
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var command = new Command("regulations", "Lists the regulation catalogue: id, title, citation, subject kinds, effective periods, parameters (value, default, confidence).")
        {
            overrides, language, format, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), new DocumentRead("regulations", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang)));
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                CatalogueView.WriteJson(context.Out, catalog, lang);
            }
            else if (parse.GetValue(format) == "markdown")
            {
                // The page is bilingual by construction (each rule in Vietnamese and English), as docs/rules.md is.
                context.Out.Write(global::CadreRules.Localization.CatalogDocumentation.ToMarkdown(catalog, parse.GetValue(overrides) is null ? "Rule catalogue" : "Rule catalogue with a local variant"));
            }
            else
            {
                CatalogueView.WriteText(context.Out, catalog, lang);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

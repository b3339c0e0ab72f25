using System.CommandLine;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>regulations [--overrides FILE] [--lang vi|en] [--format table|json]</c>: the regulation catalogue.</summary>
internal sealed class RegulationsCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Option<string?> overrides = CommonOptions.Overrides();
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var command = new Command("regulations", "Lists the regulation catalogue: id, title, citation, subject kinds, effective periods, parameters (value, default, confidence).")
        {
            overrides, language, format, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            RegulationCatalog catalog = CliInput.Catalog(context, parse.GetValue(overrides), new DocumentRead("regulations", lang, CommonOptions.Limits(parse.GetValue(maxBytes))));
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                CatalogueView.WriteJson(context.Out, catalog, lang);
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

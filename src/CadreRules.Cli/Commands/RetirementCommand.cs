using System.CommandLine;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;
using CadreRules.People;

namespace CadreRules.Cli.Commands;

/// <summary><c>retirement FILE --as-of DATE [--lang vi|en] [--format table|json|xlsx|csv] [--out FILE] [--explain]</c>: retirement dates of a roster.</summary>
internal sealed class RetirementCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A roster document");
        Option<string> asOf = CommonOptions.AsOf(required: true);
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatWithTableSheets();
        Option<string?> output = CommonOptions.Out();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var explain = new Option<bool>("--explain") { Description = "Also print each cadre's explanation (rule code, values, clause cited); table format only." };
        var command = new Command("retirement", "Each cadre's retirement age, retirement date and months of service left (NĐ 135/2020/NĐ-CP, Article 4).")
        {
            file, asOf, language, format, output, explain, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            LocalDate date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", lang);
            CommonOptions.CheckOut(parse.GetValue(format), parse.GetValue(output), lang);
            Roster roster = CliInput.ReadRoster(context, parse.GetValue(file)!, new DocumentRead("retirement", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang)));
            if (CommonOptions.SheetFormat(parse.GetValue(format)) is { } sheetFormat)
            {
                ResultSheets.Write(context, parse.GetValue(output), sheetFormat, writer => RetirementView.WriteSheet(writer, roster, date, lang));
            }
            else if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                RetirementView.WriteJson(context.Out, roster, date, lang);
            }
            else
            {
                RetirementView.WriteTable(context.Out, roster, date, lang);
                if (parse.GetValue(explain))
                {
                    RetirementView.WriteExplanations(context.Out, roster, lang);
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

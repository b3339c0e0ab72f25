using System.CommandLine;
using System.Globalization;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Cli.Commands;

/// <summary><c>statistics FILE --as-of DATE --young-age N</c>: the composition and qualification shares of a roster,
/// each over every cadre on it, the denominator printed.</summary>
internal sealed class StatisticsCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("A roster document");
        Option<string> asOf = CommonOptions.AsOf(required: true);
        var youngAge = new Option<int>("--young-age") { Description = "The age in years below which a cadre counts as young (strictly under it), 1 to 100.", Required = true };
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        var command = new Command("statistics", "Statistics over a roster: the shares of women, young and ethnic-minority cadres and of education and political theory levels, each as an exact fraction of every cadre on the roster (the denominator is printed).")
        {
            file, asOf, youngAge, language, format, maxBytes,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            LocalDate date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", lang);
            int age = parse.GetValue(youngAge);
            if (age is < 1 or > 100)
            {
                throw new CliInputException(InputValues.Error("--young-age", age.ToString(CultureInfo.InvariantCulture), new LocalizedText("một số nguyên từ 1 đến 100", "a whole number from 1 to 100"), lang));
            }

            Roster roster = CliInput.ReadRoster(context, parse.GetValue(file)!, new DocumentRead("statistics", lang, CommonOptions.Limits(parse.GetValue(maxBytes), lang)));
            BodyComposition composition = BodyComposition.Of(roster.Cadres, date, age);
            QualificationShares qualifications = QualificationShares.Of(roster.Cadres, date);
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                FindingJson.Write(context.Out, json => CadreResultJson.WriteStatistics(json, roster, composition, qualifications, lang));
            }
            else
            {
                CompositionView.WriteStatistics(context.Out, roster, composition, qualifications, lang);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

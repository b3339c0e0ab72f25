using System;
using System.Collections.Generic;
using System.CommandLine;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;
using CadreRules.People;

namespace CadreRules.Cli.Demo;

/// <summary><c>demo [--as-of DATE] [--lang vi|en]</c>: runs the bundled sample through every section.</summary>
internal sealed class DemoCommand : ICliCommand
{
    /// <summary>The sections, in output order. One line per section.</summary>
    public static IReadOnlyList<IDemoSection> Sections { get; } =
    [
        new RetirementSection(),
        new EvaluationSection(),
        new PlanningSection(),
        new ReviewSection(),
        new RotationSection(),
        new NonLocalSection(),
        new PositionChangeSection(),
        new AppointmentSection(),
        new CommitteeSection(),
        new CompositionSection(),
        new StatisticsSection(),
        new StandardsSection(),
        new MovementsSection(),
        new HistorySection(),
        new CatalogueSection(),
    ];

    public Command Create(CliContext context)
    {
        Option<string> asOf = CommonOptions.AsOf(required: false);
        asOf.Description = "The date of the demo, dd/MM/yyyy or yyyy-MM-dd (default 01/01/2026, so the output is always the same).";
        Option<string> language = CommonOptions.Language();
        var command = new Command("demo", "Runs a bundled invented commune-level party organisation (60 cadres) through the library.")
        {
            asOf, language,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            string? asOfText = parse.GetValue(asOf);
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            LocalDate date = asOfText is null ? DemoSample.DefaultAsOf : CommonOptions.ParseDate(asOfText, "--as-of", lang);
            Roster roster = DemoSample.Roster();
            var demo = new DemoContext(context, roster, date, lang);
            bool vi = lang == Language.Vietnamese;
            context.Out.WriteLine(vi
                ? $"{roster.Organisation} — {roster.Cadres.Length} cán bộ — ngày {TextTable.Date(date)} (dữ liệu hư cấu)"
                : $"{roster.Organisation} — {roster.Cadres.Length} cadres — as of {TextTable.Date(date)} (invented data)");
            int exit = ExitCodes.Ok;
            foreach (IDemoSection section in Sections)
            {
                context.Out.WriteLine();
                context.Out.WriteLine("== " + section.Title(lang) + " ==");
                exit = Math.Max(exit, section.Write(demo));
            }

            return exit;
        }));
        return command;
    }
}

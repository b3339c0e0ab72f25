using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Documents.Reports;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>diff FILE</c>: a rule-change impact report — one document under two regulations or parameter sets. The
/// document's kind is told from its top-level properties (or <c>--kind</c>): an evaluation sheet is compared by the
/// library's <see cref="EvaluationImpact"/>; planning lists, rotation and appointment requests and rosters by their
/// family's adapter (<see cref="DiffFamilies"/>).</summary>
internal sealed class DiffCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("An evaluation sheet, planning list or review, rotation or appointment requests, roster, key posts, position changes or committee candidacies");
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.FormatForDiff();
        Option<string?> output = CommonOptions.Out();
        Option<string?> overrides = CommonOptions.Overrides();
        overrides.Description = "A local variant document: the 'after' side runs on the catalogue with this variant applied.";
        Option<string?> regulation = CommonOptions.Regulation();
        regulation.Description = "The 'before' regulation: an id, \"in force\" (default: in force on each evaluation date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).";
        var against = new Option<string?>("--against") { Description = "The 'after' regulation (same forms as --regulation); default: the same selection as --regulation." };
        var kind = new Option<string>("--kind")
        {
            Description = "The document's kind: auto (default: told from its top-level properties), evaluation, planning, review, rotation, appointment, retirement, non-local, position-change or committee.",
            DefaultValueFactory = _ => "auto",
        }.AcceptChoices("auto", "evaluation", "planning", "review", "rotation", "appointment", "retirement", "non-local", "position-change", "committee");
        var roster = new Option<string?>("--roster") { Description = "A roster document the cadreRef entries of a planning list or requests refer to." };
        var subject = new Option<string>("--subject")
        {
            Description = "For appointment requests: who is appointed, cadre (default) or publicEmployee; for position changes, publicEmployee asks about viên chức instead of công chức.",
            DefaultValueFactory = _ => "cadre",
        }.AcceptChoices("cadre", "publicEmployee");
        Option<long?> maxBytes = CommonOptions.MaxBytes();
        Option<int?> maxPeople = CommonOptions.MaxPeople();
        var command = new Command("diff", "Runs one document (evaluation sheet, planning list or review, rotation or appointment requests, roster, key posts, position changes, committee candidacies) under two regulations (--regulation A --against B) or parameter sets (shipped vs --overrides FILE) and lists whose outcome changes, with the transitions, the groups and the rule codes. Exit 1 when some outcome changes.")
        {
            file, language, format, output, overrides, regulation, against, kind, roster, subject, maxBytes, maxPeople,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            CommonOptions.CheckOut(parse.GetValue(format), parse.GetValue(output), lang);
            DocumentLimits limits = CommonOptions.Limits(parse.GetValue(maxBytes), parse.GetValue(maxPeople), lang);
            string? overridesPath = parse.GetValue(overrides);
            string? againstText = parse.GetValue(against);
            if (overridesPath is null && againstText is null)
            {
                throw new CliInputException(CliMessages.Say(CliMessages.NothingToCompare, lang));
            }

            RegulationCatalog afterCatalog = CliInput.Catalog(context, overridesPath, new DocumentRead("diff", lang, DocumentLimits.Default));
            string? beforeSelector = parse.GetValue(regulation);
            string path = parse.GetValue(file)!;
            Func<Stream> open = EvaluateCommand.Source(context, path, rereadable: true, language: lang);
            DiffKind documentKind = DiffDocument.Parse(parse.GetValue(kind));
            if (documentKind == DiffKind.Unknown)
            {
                using Stream probe = open();
                try
                {
                    documentKind = DiffDocument.Detect(probe);
                }
                catch (DocumentException e)
                {
                    // Bytes that are not UTF-8 stop the probe as they stop the readers: bad input, not a crash.
                    throw new CliInputException(CliInput.Lines(path, e, new DocumentRead("diff", lang, limits)), e);
                }
            }

            if (documentKind == DiffKind.Body)
            {
                // The composition of a body is measured against the targets the document itself states; no regulation
                // or parameter of the catalogue enters it, so two catalogues cannot give two outcomes.
                throw new CliInputException(CliInput.Name(path) + ": " + CliMessages.Say(CliMessages.BodyHasNoRegulation, lang));
            }

            if (documentKind == DiffKind.UndecidedRequests)
            {
                throw new CliInputException(CliInput.Name(path) + ": " + CliMessages.Say(CliMessages.UndecidedRequests, lang));
            }

            if (documentKind is not (DiffKind.Evaluation or DiffKind.Unknown))
            {
                if (parse.GetValue(format) == HtmlOutput.Format)
                {
                    throw new CliInputException(CliMessages.Say(CliMessages.DiffHtmlEvaluationOnly, lang));
                }

                var request = new DiffRequest(
                    context,
                    path,
                    open,
                    new ImpactSide(context.Catalog, ParseSelector(beforeSelector, "--regulation", lang)),
                    new ImpactSide(afterCatalog, ParseSelector(againstText ?? beforeSelector, againstText is null ? "--regulation" : "--against", lang)),
                    parse.GetValue(roster) is { } rosterPath ? CliInput.ReadRoster(context, rosterPath, new DocumentRead("diff", lang, limits)) : null,
                    parse.GetValue(subject) == "publicEmployee" ? SubjectKind.PublicEmployee : SubjectKind.Cadre,
                    lang,
                    CommonOptions.IsJson(parse.GetValue(format)),
                    limits)
                {
                    Sheet = CommonOptions.SheetFormat(parse.GetValue(format)),
                    OutPath = parse.GetValue(output),
                };
                return DiffFamilies.Run(documentKind, request);
            }

            var beforeRound = new EvaluationRound(context.Catalog, EvaluationRun.Selector(context.Catalog, beforeSelector, lang));
            var afterRound = new EvaluationRound(afterCatalog, EvaluationRun.Selector(afterCatalog, againstText ?? beforeSelector, lang, againstText is null ? "--regulation" : "--against"));
            // A file is read once more, without the CLI's UTF-8 check (the sheet reader checks the bytes itself);
            // standard input was kept in memory by the probe.
            Func<Stream> sheet = path == CliInput.StandardInput ? open : EvaluateCommand.Source(context, path, rereadable: false, checkUtf8: false, lang);
            (EvaluationRun before, EvaluationRun after) = EvaluationRun.Pair(path, sheet, beforeRound, afterRound, new DocumentRead("diff", lang, limits));
            RuleChangeImpact<EvaluationOutcome> impact = EvaluationImpact.Compare(before.Result, after.Result);
            if (parse.GetValue(format) == HtmlOutput.Format)
            {
                HtmlOutput.Write(context, parse.GetValue(output), writer =>
                    HtmlReports.WriteEvaluationImpact(writer, before.Result, after.Result, before.Year, HtmlOutput.Options(lang, path, before.Organisation)));
            }
            else if (CommonOptions.SheetFormat(parse.GetValue(format)) is { } sheetFormat)
            {
                var view = new ImpactView<EvaluationOutcome>(string.Empty, string.Empty, CliMessages.Say(CliMessages.UnitHeader, lang), o => EvaluationRun.Label(o, lang), o => o.ToString(), g => g);
                ResultSheets.Write(context, parse.GetValue(output), sheetFormat, writer =>
                    ImpactPrinter.WriteSheet(writer, SheetText.DiffSheet.Get(lang), view, impact, new ImpactRules(context.Catalog, afterCatalog), lang));
            }
            else if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                WriteJson(context, before, after, impact);
            }
            else
            {
                WriteTable(context.Out, before, after, impact, lang);
            }

            return impact.OutcomesChanged == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    private static RegulationSelector ParseSelector(string? text, string option, Language lang) =>
        text is null ? RegulationSelector.InForce
        : RegulationSelector.TryParse(text, out RegulationSelector selector) ? selector
        : throw CommonOptions.BadSelector(option, text, lang);

    private static string DifferingCodes(ImpactChange<EvaluationOutcome> change) =>
        string.Join(", ", change.Removed.Select(c => "−" + c.Value).Concat(change.Added.Select(c => "+" + c.Value)));

    private static void WriteTable(TextWriter output, EvaluationRun before, EvaluationRun after, RuleChangeImpact<EvaluationOutcome> impact, Language lang)
    {
        bool vi = lang == Language.Vietnamese;
        string beforeIds = string.Join(", ", before.Result.Regulations.Select(r => r.Id.Value));
        string afterIds = string.Join(", ", after.Result.Regulations.Select(r => r.Id.Value));
        output.WriteLine(vi
            ? $"So sánh kết quả xếp loại năm {TextTable.Integer(before.Year)}: trước [{beforeIds}], sau [{afterIds}]"
            : $"Impact on the {TextTable.Integer(before.Year)} classification: before [{beforeIds}], after [{afterIds}]");
        List<ImpactChange<EvaluationOutcome>> changed = [.. impact.Changes.Where(c => c.OutcomeChanged)];
        string[] headers = vi
            ? ["Mã", "Họ tên", "Đơn vị", "Trước", "Sau", "Mã quy tắc khác nhau"]
            : ["Id", "Name", "Unit", "Before", "After", "Rule codes that differ"];
        TextTable.Stream(output, headers, changed, c => [c.Id.Value, c.Name ?? string.Empty, c.Group, EvaluationRun.Label(c.Before, lang), EvaluationRun.Label(c.After, lang), DifferingCodes(c)]);
        output.WriteLine(vi
            ? $"{TextTable.Amount(impact.OutcomesChanged, lang)} người thay đổi kết quả (trên {TextTable.Amount(impact.Total, lang)} người)"
            : $"{TextTable.Amount(impact.OutcomesChanged, lang)} outcomes change (of {TextTable.Amount(impact.Total, lang)} people)");
        output.WriteLine((vi ? "Trước: " : "Before: ") + EvaluationView.FormatCounts(EvaluationRun.Counts(before.Result.CountsAfter, lang), lang));
        output.WriteLine((vi ? "Sau:   " : "After:  ") + EvaluationView.FormatCounts(EvaluationRun.Counts(after.Result.CountsAfter, lang), lang));
        if (changed.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(vi ? "Chuyển mức (trước → sau: số người)" : "Transitions (before → after: people)");
        foreach (ImpactTransition<EvaluationOutcome> t in impact.Transitions.Where(t => t.Before != t.After))
        {
            output.WriteLine($"  {EvaluationRun.Label(t.Before, lang)} → {EvaluationRun.Label(t.After, lang)}: {TextTable.Amount(t.Count, lang)}");
        }

        output.WriteLine();
        output.WriteLine(vi ? "Đơn vị có người thay đổi kết quả" : "Units with changes");
        string[] unitHeaders = vi ? ["Đơn vị", "Số người", "Thay đổi"] : ["Unit", "People", "Changed"];
        List<ImpactGroup> units = [.. impact.Groups.Where(g => g.OutcomesChanged > 0)];
        TextTable.Stream(output, unitHeaders, units, g => [g.Group, TextTable.Amount(g.Subjects, lang), TextTable.Amount(g.OutcomesChanged, lang)]);
        output.WriteLine();
        output.WriteLine(vi ? "Mã quy tắc được áp dụng khác nhau (trước → sau)" : "Rule codes applied differently (before → after)");
        foreach (ImpactRuleCode code in impact.RuleCodes.Where(c => c.Before != c.After))
        {
            output.WriteLine($"  {code.Code}: {TextTable.Amount(code.Before, lang)} → {TextTable.Amount(code.After, lang)}");
        }
    }

    private static void WriteJson(CliContext context, EvaluationRun before, EvaluationRun after, RuleChangeImpact<EvaluationOutcome> impact) =>
        FindingJson.Write(context.Out, json => CadreResultJson.WriteEvaluationImpact(json, before.Result, after.Result, impact));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents.Reports;

/// <summary>The HTML report of a rule change's impact on an evaluation round: counts before and after (table and chart),
/// the transition matrix, the units with changes, who changes and why (the rules behind each side), and the rule codes
/// applied differently.</summary>
internal static class EvaluationImpactReport
{
    public static void Write(TextWriter output, EvaluationRoundResult before, EvaluationRoundResult after, int year, HtmlReportOptions options)
    {
        RuleChangeImpact<EvaluationOutcome> impact = EvaluationImpact.Compare(before, after);
        Language language = options.Language;
        var page = new HtmlPage(output, language);
        string year4 = Localization.DisplayFormat.Integer(year);
        page.Start(
            page.Say(ReportText.ImpactTitle, ("year", year4)),
            [
                (page.Say(ReportText.Organisation), HtmlPage.Escape(options.Source)),
                (page.Say(ReportText.BeforeTheChange), ReportParts.Regulations(page, before.Regulations.Select(r => r.Reference))),
                (page.Say(ReportText.AfterTheChange), ReportParts.Regulations(page, after.Regulations.Select(r => r.Reference))),
                (page.Say(ReportText.EvaluatedOn), HtmlPage.Escape(ReportParts.EvaluationDates(before))),
                (page.Say(ReportText.DataFile), HtmlPage.Escape(options.DataFile ?? "—")),
                (page.Say(ReportText.People), HtmlPage.Escape(ReportParts.Count(impact.Total, language))),
                (page.Say(ReportText.OutcomesChanged), HtmlPage.Escape(ReportParts.Count(impact.OutcomesChanged, language))),
            ]);
        Counts(page, before, after);
        Matrix(page, impact, before, after);
        Units(page, impact, options);
        People(page, impact, before, after, options);
        Codes(page, impact, before, after);
        page.End();
    }

    private static void Counts(HtmlPage page, EvaluationRoundResult before, EvaluationRoundResult after)
    {
        page.Heading(page.Say(ReportText.ImpactCountsHeading));
        ReportParts.BeforeAfterCounts(
            page,
            before.CountsAfter,
            after.CountsAfter,
            (page.Say(ReportText.Before), page.Say(ReportText.After)),
            (page.Say(ReportText.BeforeTheChange), page.Say(ReportText.AfterTheChange)),
            page.Say(ReportText.ImpactCountsChart),
            totalRow: false);
    }

    private static void Matrix(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, EvaluationRoundResult before, EvaluationRoundResult after)
    {
        Language language = page.Language;
        page.Heading(page.Say(ReportText.MatrixHeading));
        List<EvaluationOutcome> shown = ReportParts.Shown(before.CountsAfter, after.CountsAfter);
        var cells = new Dictionary<(EvaluationOutcome, EvaluationOutcome), int>();
        foreach (ImpactTransition<EvaluationOutcome> t in impact.Transitions)
        {
            cells[(t.Before, t.After)] = t.Count;
        }

        page.BeginTable([Cell.Text(page.Say(ReportText.BeforeSlashAfter)), .. shown.Select(o => Cell.Number(ReportParts.Label(o, language))), Cell.Number(page.Say(ReportText.Total))]);
        foreach (EvaluationOutcome from in shown)
        {
            var row = new List<Cell> { Cell.Text(ReportParts.Label(from, language)) };
            foreach (EvaluationOutcome to in shown)
            {
                int count = cells.GetValueOrDefault((from, to));
                row.Add(Cell.Number(ReportParts.Count(count, language), from == to || count == 0 ? "same" : "diff"));
            }

            row.Add(Cell.Number(ReportParts.Count(before.CountsAfter[from], language)));
            page.Row([.. row]);
        }

        page.EndTable();
        page.Paragraph(page.Say(ReportText.MatrixLegend), "legend");
    }

    private static void Units(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, HtmlReportOptions options)
    {
        Language language = page.Language;
        page.Heading(page.Say(ReportText.ImpactUnitsHeading));
        List<ImpactGroup> groups = [.. impact.Groups.Where(g => g.OutcomesChanged > 0)];
        page.Paragraph(page.Say(ReportText.UnitsChanged, ("changed", ReportParts.Count(groups.Count, language)), ("units", ReportParts.Count(impact.Groups.Length, language))));
        if (groups.Count == 0)
        {
            return;
        }

        page.BeginTable(Cell.Text(page.Say(ReportText.Unit)), Cell.Number(page.Say(ReportText.People)), Cell.Number(page.Say(ReportText.OutcomesChangedColumn)));
        foreach (ImpactGroup g in groups.Take(options.MaxGroupsListed))
        {
            page.Row(Cell.Text(g.Group), Cell.Number(ReportParts.Count(g.Subjects, language)), Cell.Number(ReportParts.Count(g.OutcomesChanged, language), "diff"));
        }

        page.EndTable();
        page.More(groups.Count - options.MaxGroupsListed);
    }

    private static void People(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, EvaluationRoundResult before, EvaluationRoundResult after, HtmlReportOptions options)
    {
        Language language = page.Language;
        page.Heading(page.Say(ReportText.ImpactPeopleHeading));
        if (impact.OutcomesChanged == 0)
        {
            page.Paragraph(page.Say(ReportText.NoOutcomeChanges));
            return;
        }

        Dictionary<RuleCode, RuleDescriptor> beforeRules = ReportParts.Rules(before.Regulations);
        Dictionary<RuleCode, RuleDescriptor> afterRules = ReportParts.Rules(after.Regulations);
        page.BeginTable(
            Cell.Text(page.Say(ReportText.NameId)),
            Cell.Text(page.Say(ReportText.Unit)),
            Cell.Text(page.Say(ReportText.Before)),
            Cell.Text(page.Say(ReportText.After)),
            Cell.Text(page.Say(ReportText.ImpactWhyColumn)));
        int listed = 0;
        foreach (ImpactChange<EvaluationOutcome> c in impact.Changes)
        {
            if (!c.OutcomeChanged || listed++ >= options.MaxPeopleListed)
            {
                continue;
            }

            IEnumerable<string> why = c.Removed.Select(code => page.Say(ReportText.RuleNoLonger, ("rule", ReportParts.RuleText(page, beforeRules, code))))
                .Concat(c.Added.Select(code => page.Say(ReportText.RuleNow, ("rule", ReportParts.RuleText(page, afterRules, code)))));
            page.Row(
                Cell.Text(ReportParts.Who(c.Name, c.Id.Value)),
                Cell.Text(c.Group),
                Cell.Text(ReportParts.Label(c.Before, language)),
                Cell.Text(ReportParts.Label(c.After, language), "diff"),
                Cell.Markup(string.Join("<br>", why)));
        }

        page.EndTable();
        page.More(listed - options.MaxPeopleListed);
    }

    private static void Codes(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, EvaluationRoundResult before, EvaluationRoundResult after)
    {
        Language language = page.Language;
        List<ImpactRuleCode> codes = [.. impact.RuleCodes.Where(c => c.Before != c.After)];
        page.Heading(page.Say(ReportText.ImpactCodesHeading));
        if (codes.Count == 0)
        {
            page.Paragraph(page.Say(ReportText.None));
            return;
        }

        Dictionary<RuleCode, RuleDescriptor> rules = ReportParts.Rules(after.Regulations.Concat(before.Regulations));
        page.BeginTable(Cell.Text(page.Say(ReportText.RuleColumn)), Cell.Number(page.Say(ReportText.Before)), Cell.Number(page.Say(ReportText.After)));
        foreach (ImpactRuleCode code in codes)
        {
            page.Row(Cell.Markup(ReportParts.RuleText(page, rules, code.Code)), Cell.Number(ReportParts.Count(code.Before, language)), Cell.Number(ReportParts.Count(code.After, language)));
        }

        page.EndTable();
    }
}

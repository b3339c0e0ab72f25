using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents.Reports;

/// <summary>The HTML report of an evaluation round: counts per level before and after the unit quota (table and chart),
/// per unit, the quota's groups and moves with their reasons, and the undetermined cases with what the text lacks.</summary>
internal static class EvaluationRoundReport
{
    public static void Write(TextWriter output, EvaluationRoundResult result, int year, HtmlReportOptions options)
    {
        Language language = options.Language;
        var page = new HtmlPage(output, language);
        string year4 = Localization.DisplayFormat.Integer(year);
        page.Start(
            page.Say(ReportText.RoundTitle, ("year", year4)),
            [
                (page.Say(ReportText.Organisation), HtmlPage.Escape(options.Source)),
                (page.Say(ReportText.Regulation), ReportParts.Regulations(page, result.Regulations.Select(r => r.Reference))),
                (page.Say(ReportText.EvaluatedOn), HtmlPage.Escape(ReportParts.EvaluationDates(result))),
                (page.Say(ReportText.DataFile), HtmlPage.Escape(options.DataFile ?? "—")),
                (page.Say(ReportText.People), HtmlPage.Escape(ReportParts.Count(result.People.Length, language))),
            ]);
        Counts(page, result);
        Units(page, result, options);
        Moves(page, result, options);
        Undetermined(page, result, options);
        page.End();
    }

    private static void Counts(HtmlPage page, EvaluationRoundResult result)
    {
        page.Heading(page.Say(ReportText.RoundCountsHeading));
        ReportParts.BeforeAfterCounts(
            page,
            result.CountsBefore,
            result.CountsAfter,
            (page.Say(ReportText.BeforeTheQuota), page.Say(ReportText.AfterTheQuota)),
            (page.Say(ReportText.BeforeTheQuota), page.Say(ReportText.AfterTheQuota)),
            page.Say(ReportText.RoundCountsChart),
            totalRow: true);
    }

    private static void Units(HtmlPage page, EvaluationRoundResult result, HtmlReportOptions options)
    {
        Language language = page.Language;
        var units = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (EvaluationRoundPerson p in result.People)
        {
            if (!units.TryGetValue(p.Unit, out int[]? counts))
            {
                counts = new int[EvaluationOutcomeCounts.Outcomes.Count + 3];
                units.Add(p.Unit, counts);
            }

            counts[(int)p.Final]++;
            counts[^3]++;
            counts[^2] += p.Qualified == EvaluationOutcome.Excellent ? 1 : 0;
            counts[^1] += p.MovedByQuota ? 1 : 0;
        }

        page.Heading(page.Say(ReportText.RoundUnitsHeading));
        List<EvaluationOutcome> shown = ReportParts.Shown(result.CountsAfter);
        var headers = new List<Cell>
        {
            Cell.Text(page.Say(ReportText.Unit)),
            Cell.Number(page.Say(ReportText.People)),
            Cell.Number(page.Say(ReportText.QualifiedForHTXS)),
        };
        headers.AddRange(shown.Select(o => Cell.Number(ReportParts.Label(o, language))));
        headers.Add(Cell.Number(page.Say(ReportText.MovedHTXSHTT)));
        page.BeginTable([.. headers]);
        int listed = 0;
        int[]? rest = null;
        int restUnits = 0;
        foreach ((string unit, int[] counts) in units)
        {
            if (listed++ < options.MaxGroupsListed)
            {
                page.Row([.. UnitRow(Cell.Text(unit), counts, shown, language)]);
                continue;
            }

            rest ??= new int[counts.Length];
            restUnits++;
            for (int i = 0; i < counts.Length; i++)
            {
                rest[i] += counts[i];
            }
        }

        if (rest is not null)
        {
            page.Row("total", [.. UnitRow(Cell.Text(page.Say(ReportText.OtherUnitsSummed, ("count", ReportParts.Count(restUnits, language)))), rest, shown, language)]);
        }

        page.EndTable();
    }

    private static IEnumerable<Cell> UnitRow(Cell name, int[] counts, List<EvaluationOutcome> shown, Language language)
    {
        yield return name;
        yield return Cell.Number(ReportParts.Count(counts[^3], language));
        yield return Cell.Number(ReportParts.Count(counts[^2], language));
        foreach (EvaluationOutcome outcome in shown)
        {
            yield return Cell.Number(ReportParts.Count(counts[(int)outcome], language));
        }

        yield return Cell.Number(ReportParts.Count(counts[^1], language), counts[^1] > 0 ? "diff" : null);
    }

    private static void Moves(HtmlPage page, EvaluationRoundResult result, HtmlReportOptions options)
    {
        Language language = page.Language;
        page.Heading(page.Say(ReportText.MovedHeading));
        page.Paragraph(page.Say(ReportText.MovedParagraph, ("count", ReportParts.Count(result.MovedCount, language))));
        List<QuotaGroupResult> groups = [.. result.Allocations.SelectMany(a => a.Groups).Where(g => g.Demoted > 0)];
        if (groups.Count > 0)
        {
            page.Heading(page.Say(ReportText.UnitsWherePeopleWereMoved), 3);
            page.BeginTable(
                Cell.Text(page.Say(ReportText.UnitGroup)),
                Cell.Number(page.Say(ReportText.Members)),
                Cell.Number(page.Say(ReportText.HTT)),
                Cell.Number(page.Say(ReportText.QualifiedHTXS)),
                Cell.Number(page.Say(ReportText.MostHTXS)),
                Cell.Number(page.Say(ReportText.KeptHTXS)),
                Cell.Number(page.Say(ReportText.Moved)),
                Cell.Text(page.Say(ReportText.RuleCited)));
            int listed = 0;
            foreach (QuotaGroupResult g in groups)
            {
                if (listed++ >= options.MaxGroupsListed)
                {
                    break;
                }

                string cap = g.Cap is { } share
                    ? page.Say(ReportText.QuotaCap, ("share", Localization.DisplayFormat.Percent(share, language)))
                    : page.Say(ReportText.SmallGroup);
                page.Row(
                    Cell.Text(g.Unit + " (" + g.PeerGroup + ")"),
                    Cell.Number(ReportParts.Count(g.Members, language)),
                    Cell.Number(ReportParts.Count(g.RatedGood, language)),
                    Cell.Number(ReportParts.Count(g.Qualified, language)),
                    Cell.Number(ReportParts.Count(g.Bound, language)),
                    Cell.Number(ReportParts.Count(g.Kept, language)),
                    Cell.Number(ReportParts.Count(g.Demoted, language), "diff"),
                    Cell.Markup(HtmlPage.Escape(cap) + " <code>" + HtmlPage.Escape(g.Rule.Code.Value) + "</code>" + page.Cite(g.Rule.Citation)));
            }

            page.EndTable();
            page.More(groups.Count - options.MaxGroupsListed);
        }

        if (result.MovedCount == 0)
        {
            return;
        }

        page.Heading(page.Say(ReportText.PeopleMovedAndWhy), 3);
        page.BeginTable(
            Cell.Text(page.Say(ReportText.NameId)),
            Cell.Text(page.Say(ReportText.Unit)),
            Cell.Number(page.Say(ReportText.Score)),
            Cell.Number(page.Say(ReportText.Rank)),
            Cell.Text(page.Say(ReportText.Reason)));
        int people = 0;
        foreach (EvaluationRoundPerson p in result.People)
        {
            if (p.Demotion is not { } d || people++ >= options.MaxPeopleListed)
            {
                continue;
            }

            string reason = page.Say(ReportText.MoveReason, ("qualified", ReportParts.Count(d.Group.Qualified, language)), ("kept", ReportParts.Count(d.Group.Kept, language)), ("rank", Localization.DisplayFormat.Integer(d.Rank)));
            page.Row(
                Cell.Text(ReportParts.Who(p.Name, p.Id.Value)),
                Cell.Text(p.Unit),
                Cell.Number(p.Score is { } s ? Localization.DisplayFormat.Number(s, language) : "—"),
                Cell.Number(Localization.DisplayFormat.Integer(d.Rank)),
                Cell.Markup(HtmlPage.Escape(reason) + page.Cite(d.Citation)));
        }

        page.EndTable();
        page.More(people - options.MaxPeopleListed);
    }

    private static void Undetermined(HtmlPage page, EvaluationRoundResult result, HtmlReportOptions options)
    {
        Language language = page.Language;
        int count = result.CountsAfter[EvaluationOutcome.Undetermined];
        page.Heading(page.Say(ReportText.UndeterminedHeading));
        if (count == 0)
        {
            page.Paragraph(page.Say(ReportText.NoCases));
            return;
        }

        page.Paragraph(page.Say(ReportText.UndeterminedParagraph, ("count", ReportParts.Count(count, language))));
        Dictionary<RuleCode, RuleDescriptor> rules = ReportParts.Rules(result.Regulations);
        page.BeginTable(
            Cell.Text(page.Say(ReportText.NameId)),
            Cell.Text(page.Say(ReportText.Unit)),
            Cell.Number(page.Say(ReportText.Score)),
            Cell.Text(page.Say(ReportText.RegulationColumn)),
            Cell.Text(page.Say(ReportText.WhatIsMissing)));
        int people = 0;
        foreach (EvaluationRoundPerson p in result.People)
        {
            if (p.Final != EvaluationOutcome.Undetermined || people++ >= options.MaxPeopleListed)
            {
                continue;
            }

            RuleCode reason = p.Decision.UndeterminedReason;
            page.Row(
                Cell.Text(ReportParts.Who(p.Name, p.Id.Value)),
                Cell.Text(p.Unit),
                Cell.Number(p.Score is { } s ? Localization.DisplayFormat.Number(s, language) : "—"),
                Cell.Text(p.Regulation.Id.Value),
                Cell.Markup(reason.IsEmpty ? HtmlPage.Escape(page.Say(ReportText.NoReasonGiven)) : ReportParts.RuleText(page, rules, reason)));
        }

        page.EndTable();
        page.More(people - options.MaxPeopleListed);
    }

}

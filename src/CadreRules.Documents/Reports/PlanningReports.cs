using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Composition;
using CadreRules.Localization;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Documents.Reports;

/// <summary>The HTML reports of planning: the annual review (who must leave, the additions made or refused, then the
/// titles and structure of the list as reviewed) and the check of a list (titles, candidates, structure).</summary>
internal static class PlanningReports
{
    public static void WriteReview(TextWriter output, PlanningRegulation regulation, PlanningReviewInput input, PlanningReview review, HtmlReportOptions options)
    {
        PlanningList reviewed = input.Reviewed(review);
        PlanningReport report = regulation.Validate(reviewed, review.TitleStandards);
        var page = new HtmlPage(output, options.Language);
        Language language = page.Language;
        FindingRenderer render = Renderer(language, input.Plan.Candidates.Concat(input.CurrentFacts), input.Plan.Titles);
        page.Start(
            page.Say(ReportText.ReviewTitle, ("date", DisplayFormat.Date(review.ReviewDate))),
            [
                (page.Say(ReportText.Organisation), HtmlPage.Escape(options.Source)),
                (page.Say(ReportText.Regulation), ReportParts.Regulation(page, review.Regulation)),
                .. review.TitleStandards is { } standards ? [(page.Say(ReportText.TitleStandards), ReportParts.Regulation(page, standards.Reference))] : Array.Empty<(string Label, string Html)>(),
                (page.Say(ReportText.ReviewDate), HtmlPage.Escape(DisplayFormat.Date(review.ReviewDate))),
                (page.Say(ReportText.PlanningList), HtmlPage.Escape(page.Say(ReportText.ReviewedList, ("date", DisplayFormat.Date(input.Plan.Date)), ("start", DisplayFormat.Date(input.Plan.Term.Start)), ("ageMonth", DisplayFormat.Month(review.AgeMonth))))),
                (page.Say(ReportText.DataFile), HtmlPage.Escape(options.DataFile ?? "—")),
            ]);
        page.Heading(page.Say(ReportText.ReviewSummaryHeading));
        page.BeginTable(Cell.Text(page.Say(ReportText.ReviewOutcome)), Cell.Number(page.Say(ReportText.Entries)));
        page.Row(Cell.Text(page.Say(ReportText.KeptInThePlan)), Cell.Number(ReportParts.Count(review.Kept.Length, language)));
        page.Row(Cell.Text(page.Say(ReportText.RemovedFromThePlan)), Cell.Number(ReportParts.Count(review.Removed.Length, language), review.Removed.IsEmpty ? null : "diff"));
        page.Row(Cell.Text(page.Say(ReportText.AddedToThePlan)), Cell.Number(ReportParts.Count(review.Added.Length, language)));
        page.Row(Cell.Text(page.Say(ReportText.AdditionsRefused)), Cell.Number(ReportParts.Count(review.Refused.Length, language), review.Refused.IsEmpty ? null : "diff"));
        page.EndTable();
        page.Paragraph(Terms.FindingLegend.Get(language), "legend");

        page.Heading(page.Say(ReportText.ReviewRemovedHeading));
        Items(page, render, input.Plan, review.Removed, null, options);
        page.Heading(page.Say(ReportText.ReviewAdditionsHeading));
        Items(page, render, input.Plan, review.Refused, review.Added, options);
        Titles(page, render, report, options, page.Say(ReportText.ReviewTitlesHeading));
        Structure(page, report, regulation.StructureTargets, page.Say(ReportText.ReviewStructureHeading));
        page.End();
    }

    public static void WriteList(TextWriter output, PlanningRegulation regulation, PlanningList list, PlanningReport report, HtmlReportOptions options)
    {
        var page = new HtmlPage(output, options.Language);
        Language language = page.Language;
        FindingRenderer render = Renderer(language, list.Candidates, list.Titles);
        int violations = report.ViolationCount;
        int warnings = report.Findings.Count(f => f.Severity != Severity.Violation);
        page.Start(
            page.Say(ReportText.PlanTitle, ("date", DisplayFormat.Date(list.Date))),
            [
                (page.Say(ReportText.Organisation), HtmlPage.Escape(options.Source)),
                (page.Say(ReportText.Regulation), ReportParts.Regulation(page, report.Regulation)),
                .. report.TitleStandards is { } standards ? [(page.Say(ReportText.TitleStandards), ReportParts.Regulation(page, standards.Reference))] : Array.Empty<(string Label, string Html)>(),
                (page.Say(ReportText.ListDate), HtmlPage.Escape(page.Say(ReportText.ListDateAndTerm, ("date", DisplayFormat.Date(list.Date)), ("start", DisplayFormat.Date(list.Term.Start))))),
                (page.Say(ReportText.DataFile), HtmlPage.Escape(options.DataFile ?? "—")),
                (page.Say(ReportText.Result), HtmlPage.Escape(page.Say(ReportText.PlanResult, ("cadres", ReportParts.Count(list.Candidates.Length, language)), ("titles", ReportParts.Count(list.Titles.Length, language)), ("violations", ReportParts.Count(violations, language)), ("warnings", ReportParts.Count(warnings, language))))),
            ]);
        page.Paragraph(Terms.FindingLegend.Get(language), "legend");
        Titles(page, render, report, options, page.Say(ReportText.PlanTitlesHeading));
        page.Heading(page.Say(ReportText.PlanCadresHeading));
        List<CandidatePlanningReport> flagged = [.. report.Candidates.Where(c => !c.Findings.IsEmpty)];
        if (flagged.Count == 0)
        {
            page.Paragraph(page.Say(ReportText.None));
        }
        else
        {
            page.BeginTable(Cell.Text(page.Say(ReportText.NameId)), Cell.Number(page.Say(ReportText.MonthsOfServiceLeft)), Cell.Text(page.Say(ReportText.Findings)));
            foreach (CandidatePlanningReport candidate in flagged.Take(options.MaxPeopleListed))
            {
                page.Row(
                    Cell.Text(render.Name("cadre", candidate.CadreId.Value)),
                    Cell.Number(DisplayFormat.Count(candidate.MonthsLeft, language)),
                    Cell.Markup(Findings(page, render, candidate.Findings)));
            }

            page.EndTable();
            page.More(flagged.Count - options.MaxPeopleListed);
        }

        Structure(page, report, regulation.StructureTargets, page.Say(ReportText.PlanStructureHeading));
        page.End();
    }

    private static void Items(HtmlPage page, FindingRenderer render, PlanningList plan, IReadOnlyList<PlanningReviewItem> items, IReadOnlyList<PlanningEntry>? added, HtmlReportOptions options)
    {
        Language language = page.Language;
        int total = items.Count + (added?.Count ?? 0);
        if (total == 0)
        {
            page.Paragraph(page.Say(ReportText.None));
            return;
        }

        page.BeginTable(
            Cell.Text(page.Say(ReportText.NameId)),
            Cell.Text(page.Say(ReportText.Title)),
            Cell.Text(page.Say(ReportText.Tier)),
            Cell.Text(page.Say(ReportText.Outcome)),
            Cell.Text(page.Say(ReportText.Reasons)));
        int listed = 0;
        foreach (PlanningReviewItem item in items)
        {
            if (listed++ >= options.MaxPeopleListed)
            {
                continue;
            }

            string outcome = added is null ? page.Say(ReportText.OutcomeRemoved) : page.Say(ReportText.OutcomeRefused);
            page.Row(
                Cell.Text(render.Name("cadre", item.Entry.CadreId.Value)),
                Cell.Text(plan.Title(item.Entry.TitleId).Name),
                Cell.Text(Terms.Of(item.Entry.Tier).Get(language)),
                Cell.Text(outcome, "bad"),
                Cell.Markup(Findings(page, render, item.Reasons)));
        }

        foreach (PlanningEntry entry in added ?? [])
        {
            if (listed++ >= options.MaxPeopleListed)
            {
                continue;
            }

            page.Row(
                Cell.Text(render.Name("cadre", entry.CadreId.Value)),
                Cell.Text(plan.Title(entry.TitleId).Name),
                Cell.Text(Terms.Of(entry.Tier).Get(language)),
                Cell.Text(page.Say(ReportText.OutcomeAdded), "ok"),
                Cell.Text(page.Say(ReportText.AdditionMade)));
        }

        page.EndTable();
        page.More(listed - options.MaxPeopleListed);
    }

    private static void Titles(HtmlPage page, FindingRenderer render, PlanningReport report, HtmlReportOptions options, string heading)
    {
        Language language = page.Language;
        page.Heading(heading);
        int tooFew = report.Titles.Count(t => t.EligibleCount < t.Minimum);
        int tooMany = report.Titles.Count(t => t.Candidates.Length > t.Maximum);
        page.Paragraph(page.Say(ReportText.TitlesOutOfBounds, ("tooFew", ReportParts.Count(tooFew, language)), ("tooMany", ReportParts.Count(tooMany, language))));
        page.BeginTable(
            Cell.Text(page.Say(ReportText.Title)),
            Cell.Number(page.Say(ReportText.Listed)),
            Cell.Number(page.Say(ReportText.Eligible)),
            Cell.Number(page.Say(ReportText.Minimum)),
            Cell.Number(page.Say(ReportText.Maximum)),
            Cell.Text(page.Say(ReportText.Status)),
            Cell.Text(page.Say(ReportText.Findings)));
        foreach (TitlePlanningReport title in report.Titles.Take(options.MaxGroupsListed))
        {
            PlanningTitleStatus status = PlanningImpact.Status(title);
            page.Row(
                Cell.Text(title.Title.Name),
                Cell.Number(ReportParts.Count(title.Candidates.Length, language)),
                Cell.Number(ReportParts.Count(title.EligibleCount, language)),
                Cell.Number(ReportParts.Count(title.Minimum, language)),
                Cell.Number(ReportParts.Count(title.Maximum, language)),
                Cell.Text(Terms.Of(status).Get(language), status == PlanningTitleStatus.WithinBounds ? "ok" : "bad"),
                Cell.Markup(Findings(page, render, title.Findings)));
        }

        page.EndTable();
        page.More(report.Titles.Length - options.MaxGroupsListed);
    }

    private static void Structure(HtmlPage page, PlanningReport report, CompositionTargets targets, string heading)
    {
        Language language = page.Language;
        page.Heading(heading);
        if (report.Structure.IsEmpty)
        {
            page.Paragraph(page.Say(ReportText.None));
            return;
        }

        page.BeginTable(
            Cell.Text(page.Say(ReportText.LevelGroup)),
            Cell.Text(page.Say(ReportText.Measure)),
            Cell.Number(page.Say(ReportText.Count)),
            Cell.Number(page.Say(ReportText.Share)),
            Cell.Number(page.Say(ReportText.Target)),
            Cell.Text(page.Say(ReportText.AgainstTheTarget)));
        foreach (StructureReport group in report.Structure)
        {
            foreach ((string measure, CompositionShare share, Share? target) in Measures(group, targets, page))
            {
                page.Row(
                    Cell.Text(GroupName(group, language)),
                    Cell.Text(measure),
                    Cell.Number(ReportParts.Count(share.Count, language) + "/" + ReportParts.Count(share.Total, language)),
                    Cell.Number(share.Share is { } s ? DisplayFormat.Percent(s, language) : "—"),
                    Cell.Number(target is { } t ? DisplayFormat.Percent(t, language) : "—"),
                    target is { } goal
                        ? share.Reaches(goal) ? Cell.Text(Terms.Label(FindingStatus.Satisfied, language), "ok") : Cell.Text(Terms.Label(FindingStatus.NotSatisfied, language), "bad")
                        : Cell.Text(page.Say(ReportText.NoTarget)));
            }
        }

        page.EndTable();
        foreach (StructureReport group in report.Structure.Take(20))
        {
            string title = page.Say(ReportText.StructureTitle, ("group", GroupName(group, language)));
            page.Raw("<figure>" + SvgChart.Shares(
                title,
                [.. Measures(group, targets, page).Select(m => (m.Measure, m.Share.Share, m.Target))],
                language) + "<figcaption>" + HtmlPage.Escape(title) + "</figcaption></figure>\n");
            foreach (Finding finding in group.Findings)
            {
                page.Raw("<p>" + Line(page, new FindingRenderer(language), finding) + "</p>\n");
            }
        }
    }

    private static IEnumerable<(string Measure, CompositionShare Share, Share? Target)> Measures(StructureReport group, CompositionTargets targets, HtmlPage page) =>
    [
        (page.Say(ReportText.Women), group.Composition.Women, targets.Women),
        (page.Say(ReportText.YoungUnder, ("age", DisplayFormat.Integer(group.Composition.YoungAgeLimit))), group.Composition.Young, targets.Young),
        (page.Say(ReportText.EthnicMinority), group.Composition.EthnicMinority, targets.EthnicMinority),
    ];

    private static string GroupName(StructureReport group, Language language) =>
        ReportParts.Capitalised(Terms.Of(group.Level).Get(language)) + (group.Group.Length == 0 ? string.Empty : " (" + group.Group + ")");

    private static string Findings(HtmlPage page, FindingRenderer render, IEnumerable<Finding> findings) =>
        string.Join("<br>", findings.Select(f => Line(page, render, f)));

    private static string Line(HtmlPage page, FindingRenderer render, Finding finding) =>
        "<span class=\"" + (finding.Severity == Severity.Violation ? "bad" : "warn") + "\">" + HtmlPage.Escape(Terms.Label(finding.Severity, page.Language)) + "</span> "
        + HtmlPage.Escape(render.Text(finding)) + page.Cite(finding.Citation);

    private static FindingRenderer Renderer(Language language, IEnumerable<PlanningCandidate> candidates, IEnumerable<PlanningTitle> titles)
    {
        var cadres = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (PlanningCandidate candidate in candidates)
        {
            cadres[candidate.Id.Value] = candidate.Cadre.Name;
        }

        var names = titles.ToDictionary(t => t.Id, t => (string?)t.Name, StringComparer.Ordinal);
        return new FindingRenderer(language, names: (kind, id) => kind switch
        {
            "cadre" => cadres.GetValueOrDefault(id),
            "title" => names.GetValueOrDefault(id),
            _ => null,
        });
    }
}

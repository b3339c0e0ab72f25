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
        PlanningReport report = regulation.Validate(reviewed);
        var page = new HtmlPage(output, options.Language);
        bool vi = page.Vietnamese;
        Language language = page.Language;
        FindingRenderer render = Renderer(language, input.Plan.Candidates.Concat(input.CurrentFacts), input.Plan.Titles);
        page.Start(
            vi ? $"Báo cáo rà soát quy hoạch cán bộ ngày {DisplayFormat.Date(review.ReviewDate)}" : $"Planning review report, {DisplayFormat.Date(review.ReviewDate)}",
            [
                (vi ? "Cơ quan, tổ chức" : "Organisation", HtmlPage.Escape(options.Source)),
                (vi ? "Văn bản áp dụng" : "Regulation", ReportParts.Regulation(page, review.Regulation)),
                (vi ? "Ngày rà soát" : "Review date", HtmlPage.Escape(DisplayFormat.Date(review.ReviewDate))),
                (vi ? "Danh sách quy hoạch" : "Planning list", HtmlPage.Escape(vi
                    ? $"ngày {DisplayFormat.Date(input.Plan.Date)}, nhiệm kỳ từ {DisplayFormat.Date(input.Plan.Term.Start)}; thời gian công tác còn lại tính tại tháng {DisplayFormat.Month(review.AgeMonth)}"
                    : $"of {DisplayFormat.Date(input.Plan.Date)}, term from {DisplayFormat.Date(input.Plan.Term.Start)}; service left counted at {DisplayFormat.Month(review.AgeMonth)}")),
                (vi ? "Tệp dữ liệu" : "Data file", HtmlPage.Escape(options.DataFile ?? "—")),
            ]);
        page.Heading(vi ? "1. Tổng hợp" : "1. Summary");
        page.BeginTable(Cell.Text(vi ? "Kết quả rà soát" : "Outcome"), Cell.Number(vi ? "Số trường hợp" : "Entries"));
        page.Row(Cell.Text(vi ? "Giữ trong quy hoạch" : "Kept in the plan"), Cell.Number(ReportParts.Count(review.Kept.Length, language)));
        page.Row(Cell.Text(vi ? "Đưa ra khỏi quy hoạch" : "Removed from the plan"), Cell.Number(ReportParts.Count(review.Removed.Length, language), review.Removed.IsEmpty ? null : "diff"));
        page.Row(Cell.Text(vi ? "Bổ sung quy hoạch" : "Added to the plan"), Cell.Number(ReportParts.Count(review.Added.Length, language)));
        page.Row(Cell.Text(vi ? "Không bổ sung" : "Additions refused"), Cell.Number(ReportParts.Count(review.Refused.Length, language), review.Refused.IsEmpty ? null : "diff"));
        page.EndTable();
        page.Paragraph(Terms.FindingLegend.Get(language), "legend");

        page.Heading(vi ? "2. Đưa ra khỏi quy hoạch và lý do" : "2. Removed from the plan, and why");
        Items(page, render, input.Plan, review.Removed, null, options);
        page.Heading(vi ? "3. Đề nghị bổ sung" : "3. Proposed additions");
        Items(page, render, input.Plan, review.Refused, review.Added, options);
        Titles(page, render, report, options, vi ? "4. Số lượng người quy hoạch theo chức danh sau rà soát" : "4. Candidates per title after the review");
        Structure(page, report, regulation.StructureTargets, vi ? "5. Cơ cấu sau rà soát so với mục tiêu" : "5. Structure after the review, against the targets");
        page.End();
    }

    public static void WriteList(TextWriter output, PlanningRegulation regulation, PlanningList list, PlanningReport report, HtmlReportOptions options)
    {
        var page = new HtmlPage(output, options.Language);
        bool vi = page.Vietnamese;
        Language language = page.Language;
        FindingRenderer render = Renderer(language, list.Candidates, list.Titles);
        int violations = report.ViolationCount;
        int warnings = report.Findings.Count(f => f.Severity != Severity.Violation);
        page.Start(
            vi ? $"Báo cáo kiểm tra danh sách quy hoạch ngày {DisplayFormat.Date(list.Date)}" : $"Planning list check, {DisplayFormat.Date(list.Date)}",
            [
                (vi ? "Cơ quan, tổ chức" : "Organisation", HtmlPage.Escape(options.Source)),
                (vi ? "Văn bản áp dụng" : "Regulation", ReportParts.Regulation(page, report.Regulation)),
                (vi ? "Ngày danh sách" : "List date", HtmlPage.Escape(DisplayFormat.Date(list.Date) + (vi ? ", nhiệm kỳ từ " : ", term from ") + DisplayFormat.Date(list.Term.Start))),
                (vi ? "Tệp dữ liệu" : "Data file", HtmlPage.Escape(options.DataFile ?? "—")),
                (vi ? "Kết quả" : "Result", HtmlPage.Escape(vi
                    ? $"{ReportParts.Count(list.Candidates.Length, language)} cán bộ, {ReportParts.Count(list.Titles.Length, language)} chức danh; {ReportParts.Count(violations, language)} vi phạm, {ReportParts.Count(warnings, language)} lưu ý"
                    : $"{ReportParts.Count(list.Candidates.Length, language)} cadres, {ReportParts.Count(list.Titles.Length, language)} titles; {ReportParts.Count(violations, language)} violations, {ReportParts.Count(warnings, language)} warnings")),
            ]);
        page.Paragraph(Terms.FindingLegend.Get(language), "legend");
        Titles(page, render, report, options, vi ? "1. Số lượng người quy hoạch theo chức danh" : "1. Candidates per title");
        page.Heading(vi ? "2. Cán bộ có vi phạm hoặc lưu ý" : "2. Cadres with violations or warnings");
        List<CandidatePlanningReport> flagged = [.. report.Candidates.Where(c => !c.Findings.IsEmpty)];
        if (flagged.Count == 0)
        {
            page.Paragraph(vi ? "Không có." : "None.");
        }
        else
        {
            page.BeginTable(Cell.Text(vi ? "Họ tên (mã)" : "Name (id)"), Cell.Number(vi ? "Tháng công tác còn lại" : "Months of service left"), Cell.Text(vi ? "Nhận xét" : "Findings"));
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

        Structure(page, report, regulation.StructureTargets, vi ? "3. Cơ cấu so với mục tiêu" : "3. Structure against the targets");
        page.End();
    }

    private static void Items(HtmlPage page, FindingRenderer render, PlanningList plan, IReadOnlyList<PlanningReviewItem> items, IReadOnlyList<PlanningEntry>? added, HtmlReportOptions options)
    {
        bool vi = page.Vietnamese;
        Language language = page.Language;
        int total = items.Count + (added?.Count ?? 0);
        if (total == 0)
        {
            page.Paragraph(vi ? "Không có." : "None.");
            return;
        }

        page.BeginTable(
            Cell.Text(vi ? "Họ tên (mã)" : "Name (id)"),
            Cell.Text(vi ? "Chức danh" : "Title"),
            Cell.Text(vi ? "Diện" : "Tier"),
            Cell.Text(vi ? "Kết quả" : "Outcome"),
            Cell.Text(vi ? "Lý do" : "Reasons"));
        int listed = 0;
        foreach (PlanningReviewItem item in items)
        {
            if (listed++ >= options.MaxPeopleListed)
            {
                continue;
            }

            string outcome = added is null ? (vi ? "đưa ra khỏi quy hoạch" : "removed") : (vi ? "không bổ sung" : "refused");
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
                Cell.Text(vi ? "bổ sung" : "added", "ok"),
                Cell.Text(vi ? "đủ điều kiện; chức danh và cán bộ còn chỗ" : "eligible; the title and the cadre have room"));
        }

        page.EndTable();
        page.More(listed - options.MaxPeopleListed);
    }

    private static void Titles(HtmlPage page, FindingRenderer render, PlanningReport report, HtmlReportOptions options, string heading)
    {
        bool vi = page.Vietnamese;
        Language language = page.Language;
        page.Heading(heading);
        int tooFew = report.Titles.Count(t => t.EligibleCount < t.Minimum);
        int tooMany = report.Titles.Count(t => t.Candidates.Length > t.Maximum);
        page.Paragraph(vi
            ? $"{ReportParts.Count(tooFew, language)} chức danh thiếu người đủ điều kiện, {ReportParts.Count(tooMany, language)} chức danh vượt số người tối đa."
            : $"{ReportParts.Count(tooFew, language)} titles have too few eligible candidates, {ReportParts.Count(tooMany, language)} have too many.");
        page.BeginTable(
            Cell.Text(vi ? "Chức danh" : "Title"),
            Cell.Number(vi ? "Số người" : "Listed"),
            Cell.Number(vi ? "Đủ điều kiện" : "Eligible"),
            Cell.Number(vi ? "Tối thiểu" : "Minimum"),
            Cell.Number(vi ? "Tối đa" : "Maximum"),
            Cell.Text(vi ? "Tình trạng" : "Status"),
            Cell.Text(vi ? "Nhận xét" : "Findings"));
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
        bool vi = page.Vietnamese;
        Language language = page.Language;
        page.Heading(heading);
        if (report.Structure.IsEmpty)
        {
            page.Paragraph(vi ? "Không có." : "None.");
            return;
        }

        page.BeginTable(
            Cell.Text(vi ? "Cấp (nhóm)" : "Level (group)"),
            Cell.Text(vi ? "Tiêu chí" : "Measure"),
            Cell.Number(vi ? "Số người" : "Count"),
            Cell.Number(vi ? "Tỷ lệ" : "Share"),
            Cell.Number(vi ? "Mục tiêu" : "Target"),
            Cell.Text(vi ? "Đánh giá" : "Against the target"));
        foreach (StructureReport group in report.Structure)
        {
            foreach ((string measure, CompositionShare share, Share? target) in Measures(group, targets, vi))
            {
                page.Row(
                    Cell.Text(GroupName(group, language)),
                    Cell.Text(measure),
                    Cell.Number(ReportParts.Count(share.Count, language) + "/" + ReportParts.Count(share.Total, language)),
                    Cell.Number(share.Share is { } s ? DisplayFormat.Percent(s, language) : "—"),
                    Cell.Number(target is { } t ? DisplayFormat.Percent(t, language) : "—"),
                    target is { } goal
                        ? share.Reaches(goal) ? Cell.Text(Terms.Label(FindingStatus.Satisfied, language), "ok") : Cell.Text(Terms.Label(FindingStatus.NotSatisfied, language), "bad")
                        : Cell.Text(vi ? "không đặt mục tiêu" : "no target"));
            }
        }

        page.EndTable();
        foreach (StructureReport group in report.Structure.Take(20))
        {
            string title = (vi ? "Cơ cấu: " : "Structure: ") + GroupName(group, language);
            page.Raw("<figure>" + SvgChart.Shares(
                title,
                [.. Measures(group, targets, vi).Select(m => (m.Measure, m.Share.Share, m.Target))],
                language) + "<figcaption>" + HtmlPage.Escape(title) + "</figcaption></figure>\n");
            foreach (Finding finding in group.Findings)
            {
                page.Raw("<p>" + Line(page, new FindingRenderer(language), finding) + "</p>\n");
            }
        }
    }

    private static IEnumerable<(string Measure, CompositionShare Share, Share? Target)> Measures(StructureReport group, CompositionTargets targets, bool vi) =>
    [
        (vi ? "Nữ" : "Women", group.Composition.Women, targets.Women),
        ((vi ? "Trẻ (dưới " : "Young (under ") + DisplayFormat.Integer(group.Composition.YoungAgeLimit) + (vi ? " tuổi)" : ")"), group.Composition.Young, targets.Young),
        (vi ? "Dân tộc thiểu số" : "Ethnic minority", group.Composition.EthnicMinority, targets.EthnicMinority),
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

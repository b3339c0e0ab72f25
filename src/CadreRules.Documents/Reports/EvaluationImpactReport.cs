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
        bool vi = page.Vietnamese;
        string year4 = Localization.DisplayFormat.Integer(year);
        page.Start(
            vi ? $"Báo cáo tác động của thay đổi quy định đến kết quả xếp loại năm {year4}" : $"Impact of a rule change on the {year4} classification",
            [
                (vi ? "Cơ quan, tổ chức" : "Organisation", HtmlPage.Escape(options.Source)),
                (vi ? "Trước thay đổi" : "Before the change", ReportParts.Regulations(page, before.Regulations.Select(r => r.Reference))),
                (vi ? "Sau thay đổi" : "After the change", ReportParts.Regulations(page, after.Regulations.Select(r => r.Reference))),
                (vi ? "Ngày đánh giá" : "Evaluated on", HtmlPage.Escape(ReportParts.EvaluationDates(before))),
                (vi ? "Tệp dữ liệu" : "Data file", HtmlPage.Escape(options.DataFile ?? "—")),
                (vi ? "Số người" : "People", HtmlPage.Escape(ReportParts.Count(impact.Total, language))),
                (vi ? "Số người thay đổi kết quả" : "Outcomes changed", HtmlPage.Escape(ReportParts.Count(impact.OutcomesChanged, language))),
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
        bool vi = page.Vietnamese;
        page.Heading(vi ? "1. Số lượng theo mức, trước và sau thay đổi (sau tỷ lệ HTXS)" : "1. Counts per level, before and after the change (after the quota)");
        ReportParts.BeforeAfterCounts(
            page,
            before.CountsAfter,
            after.CountsAfter,
            vi ? ("Trước", "Sau") : ("Before", "After"),
            vi ? ("Trước thay đổi", "Sau thay đổi") : ("Before the change", "After the change"),
            vi ? "Số người theo mức, trước và sau thay đổi" : "People per level, before and after the change",
            totalRow: false);
    }

    private static void Matrix(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, EvaluationRoundResult before, EvaluationRoundResult after)
    {
        bool vi = page.Vietnamese;
        Language language = page.Language;
        page.Heading(vi ? "2. Ma trận chuyển mức (hàng: trước; cột: sau)" : "2. Transition matrix (rows: before; columns: after)");
        List<EvaluationOutcome> shown = ReportParts.Shown(before.CountsAfter, after.CountsAfter);
        var cells = new Dictionary<(EvaluationOutcome, EvaluationOutcome), int>();
        foreach (ImpactTransition<EvaluationOutcome> t in impact.Transitions)
        {
            cells[(t.Before, t.After)] = t.Count;
        }

        page.BeginTable([Cell.Text(vi ? "Trước \\ Sau" : "Before \\ After"), .. shown.Select(o => Cell.Number(ReportParts.Label(o, language))), Cell.Number(vi ? "Tổng" : "Total")]);
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
        page.Paragraph(vi
            ? "Ô được tô màu: số người đổi mức; đường chéo: số người giữ nguyên mức."
            : "Shaded cells: people who change level; the diagonal: people who keep theirs.", "legend");
    }

    private static void Units(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, HtmlReportOptions options)
    {
        bool vi = page.Vietnamese;
        Language language = page.Language;
        page.Heading(vi ? "3. Theo đơn vị" : "3. Per unit");
        List<ImpactGroup> groups = [.. impact.Groups.Where(g => g.OutcomesChanged > 0)];
        page.Paragraph(vi
            ? $"{ReportParts.Count(groups.Count, language)} trên {ReportParts.Count(impact.Groups.Length, language)} đơn vị có người thay đổi kết quả."
            : $"{ReportParts.Count(groups.Count, language)} of {ReportParts.Count(impact.Groups.Length, language)} units have outcomes that change.");
        if (groups.Count == 0)
        {
            return;
        }

        page.BeginTable(Cell.Text(vi ? "Đơn vị" : "Unit"), Cell.Number(vi ? "Số người" : "People"), Cell.Number(vi ? "Thay đổi kết quả" : "Outcomes changed"));
        foreach (ImpactGroup g in groups.Take(options.MaxGroupsListed))
        {
            page.Row(Cell.Text(g.Group), Cell.Number(ReportParts.Count(g.Subjects, language)), Cell.Number(ReportParts.Count(g.OutcomesChanged, language), "diff"));
        }

        page.EndTable();
        page.More(groups.Count - options.MaxGroupsListed);
    }

    private static void People(HtmlPage page, RuleChangeImpact<EvaluationOutcome> impact, EvaluationRoundResult before, EvaluationRoundResult after, HtmlReportOptions options)
    {
        bool vi = page.Vietnamese;
        Language language = page.Language;
        page.Heading(vi ? "4. Người thay đổi kết quả và lý do" : "4. Who changes, and why");
        if (impact.OutcomesChanged == 0)
        {
            page.Paragraph(vi ? "Không ai thay đổi kết quả." : "No outcome changes.");
            return;
        }

        Dictionary<RuleCode, RuleDescriptor> beforeRules = ReportParts.Rules(before.Regulations);
        Dictionary<RuleCode, RuleDescriptor> afterRules = ReportParts.Rules(after.Regulations);
        page.BeginTable(
            Cell.Text(vi ? "Họ tên (mã)" : "Name (id)"),
            Cell.Text(vi ? "Đơn vị" : "Unit"),
            Cell.Text(vi ? "Trước" : "Before"),
            Cell.Text(vi ? "Sau" : "After"),
            Cell.Text(vi ? "Lý do: căn cứ không còn áp dụng / căn cứ mới áp dụng" : "Why: rules no longer behind the outcome / rules now behind it"));
        int listed = 0;
        foreach (ImpactChange<EvaluationOutcome> c in impact.Changes)
        {
            if (!c.OutcomeChanged || listed++ >= options.MaxPeopleListed)
            {
                continue;
            }

            IEnumerable<string> why = c.Removed.Select(code => (vi ? "bỏ: " : "no longer: ") + ReportParts.RuleText(page, beforeRules, code))
                .Concat(c.Added.Select(code => (vi ? "áp dụng: " : "now: ") + ReportParts.RuleText(page, afterRules, code)));
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
        bool vi = page.Vietnamese;
        Language language = page.Language;
        List<ImpactRuleCode> codes = [.. impact.RuleCodes.Where(c => c.Before != c.After)];
        page.Heading(vi ? "5. Quy tắc được áp dụng khác nhau (số người, trước → sau)" : "5. Rules applied differently (people, before → after)");
        if (codes.Count == 0)
        {
            page.Paragraph(vi ? "Không có." : "None.");
            return;
        }

        Dictionary<RuleCode, RuleDescriptor> rules = ReportParts.Rules(after.Regulations.Concat(before.Regulations));
        page.BeginTable(Cell.Text(vi ? "Quy tắc" : "Rule"), Cell.Number(vi ? "Trước" : "Before"), Cell.Number(vi ? "Sau" : "After"));
        foreach (ImpactRuleCode code in codes)
        {
            page.Row(Cell.Markup(ReportParts.RuleText(page, rules, code.Code)), Cell.Number(ReportParts.Count(code.Before, language)), Cell.Number(ReportParts.Count(code.After, language)));
        }

        page.EndTable();
    }
}

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
        bool vi = page.Vietnamese;
        string year4 = Localization.DisplayFormat.Integer(year);
        page.Start(
            vi ? $"Báo cáo kết quả đánh giá, xếp loại chất lượng năm {year4}" : $"Evaluation and classification report, {year4}",
            [
                (vi ? "Cơ quan, tổ chức" : "Organisation", HtmlPage.Escape(options.Source)),
                (vi ? "Văn bản áp dụng" : "Regulation", ReportParts.Regulations(page, result.Regulations.Select(r => r.Reference))),
                (vi ? "Ngày đánh giá" : "Evaluated on", HtmlPage.Escape(ReportParts.EvaluationDates(result))),
                (vi ? "Tệp dữ liệu" : "Data file", HtmlPage.Escape(options.DataFile ?? "—")),
                (vi ? "Số người" : "People", HtmlPage.Escape(ReportParts.Count(result.People.Length, language))),
            ]);
        Counts(page, result);
        Units(page, result, options);
        Moves(page, result, options);
        Undetermined(page, result, options);
        page.End();
    }

    private static void Counts(HtmlPage page, EvaluationRoundResult result)
    {
        bool vi = page.Vietnamese;
        page.Heading(vi ? "1. Số lượng theo mức xếp loại, trước và sau tỷ lệ HTXS theo đơn vị" : "1. Counts per level, before and after the unit quota of HTXS");
        ReportParts.BeforeAfterCounts(
            page,
            result.CountsBefore,
            result.CountsAfter,
            vi ? ("Trước tỷ lệ", "Sau tỷ lệ") : ("Before the quota", "After the quota"),
            vi ? ("Trước tỷ lệ", "Sau tỷ lệ") : ("Before the quota", "After the quota"),
            vi ? "Số người theo mức xếp loại, trước và sau tỷ lệ" : "People per level, before and after the quota",
            totalRow: true);
    }

    private static void Units(HtmlPage page, EvaluationRoundResult result, HtmlReportOptions options)
    {
        bool vi = page.Vietnamese;
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

        page.Heading(vi ? "2. Kết quả theo đơn vị (sau tỷ lệ)" : "2. Per unit (after the quota)");
        List<EvaluationOutcome> shown = ReportParts.Shown(result.CountsAfter);
        var headers = new List<Cell>
        {
            Cell.Text(vi ? "Đơn vị" : "Unit"),
            Cell.Number(vi ? "Số người" : "People"),
            Cell.Number(vi ? "Đủ điều kiện HTXS" : "Qualified for HTXS"),
        };
        headers.AddRange(shown.Select(o => Cell.Number(ReportParts.Label(o, language))));
        headers.Add(Cell.Number(vi ? "Chuyển HTXS → HTT" : "Moved HTXS → HTT"));
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
            page.Row("total", [.. UnitRow(Cell.Text(vi ? $"{ReportParts.Count(restUnits, language)} đơn vị khác (cộng gộp)" : $"{ReportParts.Count(restUnits, language)} other units (summed)"), rest, shown, language)]);
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
        bool vi = page.Vietnamese;
        Language language = page.Language;
        page.Heading(vi ? "3. Chuyển từ HTXS xuống HTT do tỷ lệ theo đơn vị" : "3. Moved from HTXS to HTT by the unit quota");
        page.Paragraph(vi
            ? $"{ReportParts.Count(result.MovedCount, language)} người đủ điều kiện HTXS nhưng vượt tỷ lệ của đơn vị nên được xếp HTT. Trong mỗi đơn vị, người xếp sau trong thứ tự của quy định được chuyển trước."
            : $"{ReportParts.Count(result.MovedCount, language)} people qualified for HTXS beyond their unit's quota and are rated HTT. Within a unit, those ranked last under the regulation's order are moved first.");
        List<QuotaGroupResult> groups = [.. result.Allocations.SelectMany(a => a.Groups).Where(g => g.Demoted > 0)];
        if (groups.Count > 0)
        {
            page.Heading(vi ? "Đơn vị có người bị chuyển" : "Units where people were moved", 3);
            page.BeginTable(
                Cell.Text(vi ? "Đơn vị (nhóm)" : "Unit (group)"),
                Cell.Number(vi ? "Số người" : "Members"),
                Cell.Number(vi ? "HTT" : "HTT"),
                Cell.Number(vi ? "Đủ điều kiện HTXS" : "Qualified HTXS"),
                Cell.Number(vi ? "Tối đa HTXS" : "Most HTXS"),
                Cell.Number(vi ? "Giữ HTXS" : "Kept HTXS"),
                Cell.Number(vi ? "Chuyển" : "Moved"),
                Cell.Text(vi ? "Căn cứ" : "Rule"));
            int listed = 0;
            foreach (QuotaGroupResult g in groups)
            {
                if (listed++ >= options.MaxGroupsListed)
                {
                    break;
                }

                string cap = g.Cap is { } share
                    ? (vi ? "tỷ lệ " : "cap ") + Localization.DisplayFormat.Percent(share, language) + (vi ? " số HTT" : " of HTT")
                    : (vi ? "nhóm nhỏ" : "small group");
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

        page.Heading(vi ? "Người được chuyển và lý do" : "People moved, and why", 3);
        page.BeginTable(
            Cell.Text(vi ? "Họ tên (mã)" : "Name (id)"),
            Cell.Text(vi ? "Đơn vị" : "Unit"),
            Cell.Number(vi ? "Điểm" : "Score"),
            Cell.Number(vi ? "Thứ tự" : "Rank"),
            Cell.Text(vi ? "Lý do" : "Reason"));
        int people = 0;
        foreach (EvaluationRoundPerson p in result.People)
        {
            if (p.Demotion is not { } d || people++ >= options.MaxPeopleListed)
            {
                continue;
            }

            string reason = vi
                ? $"Đơn vị có {ReportParts.Count(d.Group.Qualified, language)} người đủ điều kiện HTXS, chỉ được giữ {ReportParts.Count(d.Group.Kept, language)}; xếp thứ {Localization.DisplayFormat.Integer(d.Rank)} nên chuyển xuống HTT"
                : $"The unit has {ReportParts.Count(d.Group.Qualified, language)} qualifying for HTXS and may keep {ReportParts.Count(d.Group.Kept, language)}; ranked {Localization.DisplayFormat.Integer(d.Rank)}, so moved to HTT";
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
        bool vi = page.Vietnamese;
        Language language = page.Language;
        int count = result.CountsAfter[EvaluationOutcome.Undetermined];
        page.Heading(vi ? "4. Trường hợp chưa xác định được mức" : "4. Undetermined cases");
        if (count == 0)
        {
            page.Paragraph(vi ? "Không có trường hợp nào." : "None.");
            return;
        }

        page.Paragraph(vi
            ? $"{ReportParts.Count(count, language)} người chưa xác định được mức: văn bản không cho mức nào với dữ liệu đã có; cấp có thẩm quyền xem xét, quyết định (hoặc bổ sung dữ liệu còn thiếu)."
            : $"{ReportParts.Count(count, language)} people have no level: the text gives none on the data given; the competent level decides (or the missing data is added).");
        Dictionary<RuleCode, RuleDescriptor> rules = ReportParts.Rules(result.Regulations);
        page.BeginTable(
            Cell.Text(vi ? "Họ tên (mã)" : "Name (id)"),
            Cell.Text(vi ? "Đơn vị" : "Unit"),
            Cell.Number(vi ? "Điểm" : "Score"),
            Cell.Text(vi ? "Văn bản" : "Regulation"),
            Cell.Text(vi ? "Còn thiếu, chưa rõ" : "What is missing"));
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
                Cell.Markup(reason.IsEmpty ? HtmlPage.Escape(vi ? "không rõ lý do" : "no reason given") : ReportParts.RuleText(page, rules, reason)));
        }

        page.EndTable();
        page.More(people - options.MaxPeopleListed);
    }

}

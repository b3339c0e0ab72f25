using System;
using System.Text;
using CadreRules.Rules;

namespace CadreRules.Documents.Reports;

/// <summary>
/// The words of the HTML reports (<see cref="HtmlReports"/>) in Vietnamese and English, by name: headings, column
/// headers, labels and sentences, with <c>{name}</c> holes for the values <see cref="Say"/> fills (counts, dates,
/// percentages already written in the report's language). One table for every report, so that a report's text is
/// never written in one language only (a test reads each entry in both).
/// </summary>
internal static class ReportText
{
    public static readonly LocalizedText RoundTitle = new("Báo cáo kết quả đánh giá, xếp loại chất lượng năm {year}", "Evaluation and classification report, {year}");

    public static readonly LocalizedText Organisation = new("Cơ quan, tổ chức", "Organisation");

    public static readonly LocalizedText Regulation = new("Văn bản áp dụng", "Regulation");
    public static readonly LocalizedText TitleStandards = new("Tiêu chuẩn chức danh", "Title standards");

    public static readonly LocalizedText EvaluatedOn = new("Ngày đánh giá", "Evaluated on");

    public static readonly LocalizedText DataFile = new("Tệp dữ liệu", "Data file");

    public static readonly LocalizedText People = new("Số người", "People");

    public static readonly LocalizedText RoundCountsHeading = new("1. Số lượng theo mức xếp loại, trước và sau tỷ lệ HTXS theo đơn vị", "1. Counts per level, before and after the unit quota of HTXS");

    public static readonly LocalizedText RoundCountsChart = new("Số người theo mức xếp loại, trước và sau tỷ lệ", "People per level, before and after the quota");

    public static readonly LocalizedText RoundUnitsHeading = new("2. Kết quả theo đơn vị (sau tỷ lệ)", "2. Per unit (after the quota)");

    public static readonly LocalizedText Unit = new("Đơn vị", "Unit");

    public static readonly LocalizedText QualifiedForHTXS = new("Đủ điều kiện HTXS", "Qualified for HTXS");

    public static readonly LocalizedText MovedHTXSHTT = new("Chuyển HTXS → HTT", "Moved HTXS → HTT");

    public static readonly LocalizedText OtherUnitsSummed = new("{count} đơn vị khác (cộng gộp)", "{count} other units (summed)");

    public static readonly LocalizedText MovedHeading = new("3. Chuyển từ HTXS xuống HTT do tỷ lệ theo đơn vị", "3. Moved from HTXS to HTT by the unit quota");

    public static readonly LocalizedText MovedParagraph = new("{count} người đủ điều kiện HTXS nhưng vượt tỷ lệ của đơn vị nên được xếp HTT. Trong mỗi đơn vị, người xếp sau trong thứ tự của quy định được chuyển trước.", "{count} people qualified for HTXS beyond their unit's quota and are rated HTT. Within a unit, those ranked last under the regulation's order are moved first.");

    public static readonly LocalizedText UnitsWherePeopleWereMoved = new("Đơn vị có người bị chuyển", "Units where people were moved");

    public static readonly LocalizedText UnitGroup = new("Đơn vị (nhóm)", "Unit (group)");

    public static readonly LocalizedText Members = new("Số người", "Members");

    public static readonly LocalizedText HTT = new("HTT", "HTT");

    public static readonly LocalizedText QualifiedHTXS = new("Đủ điều kiện HTXS", "Qualified HTXS");

    public static readonly LocalizedText MostHTXS = new("Tối đa HTXS", "Most HTXS");

    public static readonly LocalizedText KeptHTXS = new("Giữ HTXS", "Kept HTXS");

    public static readonly LocalizedText Moved = new("Chuyển", "Moved");

    public static readonly LocalizedText RuleCited = new("Căn cứ", "Rule");

    public static readonly LocalizedText SmallGroup = new("nhóm nhỏ", "small group");

    public static readonly LocalizedText PeopleMovedAndWhy = new("Người được chuyển và lý do", "People moved, and why");

    public static readonly LocalizedText NameId = new("Họ tên (mã)", "Name (id)");

    public static readonly LocalizedText Score = new("Điểm", "Score");

    public static readonly LocalizedText Rank = new("Thứ tự", "Rank");

    public static readonly LocalizedText Reason = new("Lý do", "Reason");

    public static readonly LocalizedText MoveReason = new("Đơn vị có {qualified} người đủ điều kiện HTXS, chỉ được giữ {kept}; xếp thứ {rank} nên chuyển xuống HTT", "The unit has {qualified} qualifying for HTXS and may keep {kept}; ranked {rank}, so moved to HTT");

    public static readonly LocalizedText UndeterminedHeading = new("4. Trường hợp chưa xác định được mức", "4. Undetermined cases");

    public static readonly LocalizedText NoCases = new("Không có trường hợp nào.", "None.");

    public static readonly LocalizedText UndeterminedParagraph = new("{count} người chưa xác định được mức: văn bản không cho mức nào với dữ liệu đã có; cấp có thẩm quyền xem xét, quyết định (hoặc bổ sung dữ liệu còn thiếu).", "{count} people have no level: the text gives none on the data given; the competent level decides (or the missing data is added).");

    public static readonly LocalizedText RegulationColumn = new("Văn bản", "Regulation");

    public static readonly LocalizedText WhatIsMissing = new("Còn thiếu, chưa rõ", "What is missing");

    public static readonly LocalizedText NoReasonGiven = new("không rõ lý do", "no reason given");

    public static readonly LocalizedText ImpactTitle = new("Báo cáo tác động của thay đổi quy định đến kết quả xếp loại năm {year}", "Impact of a rule change on the {year} classification");

    public static readonly LocalizedText BeforeTheChange = new("Trước thay đổi", "Before the change");

    public static readonly LocalizedText AfterTheChange = new("Sau thay đổi", "After the change");

    public static readonly LocalizedText OutcomesChanged = new("Số người thay đổi kết quả", "Outcomes changed");

    public static readonly LocalizedText ImpactCountsHeading = new("1. Số lượng theo mức, trước và sau thay đổi (sau tỷ lệ HTXS)", "1. Counts per level, before and after the change (after the quota)");

    public static readonly LocalizedText ImpactCountsChart = new("Số người theo mức, trước và sau thay đổi", "People per level, before and after the change");

    public static readonly LocalizedText MatrixHeading = new("2. Ma trận chuyển mức (hàng: trước; cột: sau)", "2. Transition matrix (rows: before; columns: after)");

    public static readonly LocalizedText BeforeSlashAfter = new("Trước \\ Sau", "Before \\ After");

    public static readonly LocalizedText Total = new("Tổng", "Total");

    public static readonly LocalizedText MatrixLegend = new("Ô được tô màu: số người đổi mức; đường chéo: số người giữ nguyên mức.", "Shaded cells: people who change level; the diagonal: people who keep theirs.");

    public static readonly LocalizedText ImpactUnitsHeading = new("3. Theo đơn vị", "3. Per unit");

    public static readonly LocalizedText UnitsChanged = new("{changed} trên {units} đơn vị có người thay đổi kết quả.", "{changed} of {units} units have outcomes that change.");

    public static readonly LocalizedText OutcomesChangedColumn = new("Thay đổi kết quả", "Outcomes changed");

    public static readonly LocalizedText ImpactPeopleHeading = new("4. Người thay đổi kết quả và lý do", "4. Who changes, and why");

    public static readonly LocalizedText NoOutcomeChanges = new("Không ai thay đổi kết quả.", "No outcome changes.");

    public static readonly LocalizedText Before = new("Trước", "Before");

    public static readonly LocalizedText After = new("Sau", "After");

    public static readonly LocalizedText ImpactWhyColumn = new("Lý do: căn cứ không còn áp dụng / căn cứ mới áp dụng", "Why: rules no longer behind the outcome / rules now behind it");

    public static readonly LocalizedText ImpactCodesHeading = new("5. Quy tắc được áp dụng khác nhau (số người, trước → sau)", "5. Rules applied differently (people, before → after)");

    public static readonly LocalizedText None = new("Không có.", "None.");

    public static readonly LocalizedText RuleColumn = new("Quy tắc", "Rule");

    public static readonly LocalizedText ReviewTitle = new("Báo cáo rà soát quy hoạch cán bộ ngày {date}", "Planning review report, {date}");

    public static readonly LocalizedText ReviewDate = new("Ngày rà soát", "Review date");

    public static readonly LocalizedText PlanningList = new("Danh sách quy hoạch", "Planning list");

    public static readonly LocalizedText ReviewedList = new("ngày {date}, nhiệm kỳ từ {start}; thời gian công tác còn lại tính tại tháng {ageMonth}", "of {date}, term from {start}; service left counted at {ageMonth}");

    public static readonly LocalizedText ReviewSummaryHeading = new("1. Tổng hợp", "1. Summary");

    public static readonly LocalizedText ReviewOutcome = new("Kết quả rà soát", "Outcome");

    public static readonly LocalizedText Entries = new("Số trường hợp", "Entries");

    public static readonly LocalizedText KeptInThePlan = new("Giữ trong quy hoạch", "Kept in the plan");

    public static readonly LocalizedText RemovedFromThePlan = new("Đưa ra khỏi quy hoạch", "Removed from the plan");

    public static readonly LocalizedText AddedToThePlan = new("Bổ sung quy hoạch", "Added to the plan");

    public static readonly LocalizedText AdditionsRefused = new("Không bổ sung", "Additions refused");

    public static readonly LocalizedText ReviewRemovedHeading = new("2. Đưa ra khỏi quy hoạch và lý do", "2. Removed from the plan, and why");

    public static readonly LocalizedText ReviewAdditionsHeading = new("3. Đề nghị bổ sung", "3. Proposed additions");

    public static readonly LocalizedText ReviewTitlesHeading = new("4. Số lượng người quy hoạch theo chức danh sau rà soát", "4. Candidates per title after the review");

    public static readonly LocalizedText ReviewStructureHeading = new("5. Cơ cấu sau rà soát so với mục tiêu", "5. Structure after the review, against the targets");

    public static readonly LocalizedText PlanTitle = new("Báo cáo kiểm tra danh sách quy hoạch ngày {date}", "Planning list check, {date}");

    public static readonly LocalizedText ListDate = new("Ngày danh sách", "List date");

    public static readonly LocalizedText Result = new("Kết quả", "Result");

    public static readonly LocalizedText PlanResult = new("{cadres} cán bộ, {titles} chức danh; {violations} vi phạm, {warnings} lưu ý", "{cadres} cadres, {titles} titles; {violations} violations, {warnings} warnings");

    public static readonly LocalizedText PlanTitlesHeading = new("1. Số lượng người quy hoạch theo chức danh", "1. Candidates per title");

    public static readonly LocalizedText PlanCadresHeading = new("2. Cán bộ có vi phạm hoặc lưu ý", "2. Cadres with violations or warnings");

    public static readonly LocalizedText MonthsOfServiceLeft = new("Tháng công tác còn lại", "Months of service left");

    public static readonly LocalizedText Findings = new("Nhận xét", "Findings");

    public static readonly LocalizedText PlanStructureHeading = new("3. Cơ cấu so với mục tiêu", "3. Structure against the targets");

    public static readonly LocalizedText Title = new("Chức danh", "Title");

    public static readonly LocalizedText Tier = new("Diện", "Tier");

    public static readonly LocalizedText Outcome = new("Kết quả", "Outcome");

    public static readonly LocalizedText Reasons = new("Lý do", "Reasons");

    public static readonly LocalizedText OutcomeRemoved = new("đưa ra khỏi quy hoạch", "removed");

    public static readonly LocalizedText OutcomeRefused = new("không bổ sung", "refused");

    public static readonly LocalizedText OutcomeAdded = new("bổ sung", "added");

    public static readonly LocalizedText AdditionMade = new("đủ điều kiện; chức danh và cán bộ còn chỗ", "eligible; the title and the cadre have room");

    public static readonly LocalizedText TitlesOutOfBounds = new("{tooFew} chức danh thiếu người đủ điều kiện, {tooMany} chức danh vượt số người tối đa.", "{tooFew} titles have too few eligible candidates, {tooMany} have too many.");

    public static readonly LocalizedText Listed = new("Số người", "Listed");

    public static readonly LocalizedText Eligible = new("Đủ điều kiện", "Eligible");

    public static readonly LocalizedText Minimum = new("Tối thiểu", "Minimum");

    public static readonly LocalizedText Maximum = new("Tối đa", "Maximum");

    public static readonly LocalizedText Status = new("Tình trạng", "Status");

    public static readonly LocalizedText LevelGroup = new("Cấp (nhóm)", "Level (group)");

    public static readonly LocalizedText Measure = new("Tiêu chí", "Measure");

    public static readonly LocalizedText Count = new("Số người", "Count");

    public static readonly LocalizedText Share = new("Tỷ lệ", "Share");

    public static readonly LocalizedText Target = new("Mục tiêu", "Target");

    public static readonly LocalizedText AgainstTheTarget = new("Đánh giá", "Against the target");

    public static readonly LocalizedText NoTarget = new("không đặt mục tiêu", "no target");

    public static readonly LocalizedText Women = new("Nữ", "Women");

    public static readonly LocalizedText EthnicMinority = new("Dân tộc thiểu số", "Ethnic minority");

    public static readonly LocalizedText Level = new("Mức xếp loại", "Level");

    public static readonly LocalizedText Difference = new("Chênh lệch", "Difference");

    public static readonly LocalizedText TotalRow = new("Tổng số", "Total");

    public static readonly LocalizedText MoreNotListed = new("… và {more} trường hợp khác không liệt kê (giới hạn của báo cáo; số liệu tổng hợp ở trên đã tính đủ).", "… and {more} more not listed (the report's limit; the totals above count everyone).");

    public static readonly LocalizedText ClausesCited = new("Căn cứ được trích dẫn", "Clauses cited");

    public static readonly LocalizedText Colophon = new("Báo cáo do CadreRules lập từ dữ liệu được cung cấp; tỷ lệ phần trăm làm tròn một chữ số thập phân (nửa lên, xa số 0), chỉ khi hiển thị.", "Report made by CadreRules from the data given; percentages rounded to one decimal (half away from zero), for display only.");

    public static readonly LocalizedText ChartLegend = new("Vạch đứt: mục tiêu; xanh: đạt, đỏ: chưa đạt", "Dashed mark: target; green: reached, red: not reached");

    public static readonly LocalizedText QuotaCap = new("tỷ lệ {share} số HTT", "cap {share} of HTT");

    public static readonly LocalizedText StructureTitle = new("Cơ cấu: {group}", "Structure: {group}");

    public static readonly LocalizedText ListDateAndTerm = new("{date}, nhiệm kỳ từ {start}", "{date}, term from {start}");

    public static readonly LocalizedText YoungUnder = new("Trẻ (dưới {age} tuổi)", "Young (under {age})");

    public static readonly LocalizedText ChartTarget = new(" (mục tiêu {target})", " (target {target})");

    public static readonly LocalizedText RuleNoLonger = new("bỏ: {rule}", "no longer: {rule}");

    public static readonly LocalizedText RuleNow = new("áp dụng: {rule}", "now: {rule}");

    public static readonly LocalizedText BeforeTheQuota = new("Trước tỷ lệ", "Before the quota");

    public static readonly LocalizedText AfterTheQuota = new("Sau tỷ lệ", "After the quota");

    /// <summary>A text in a language with its <c>{name}</c> holes filled, in one pass (a value is never read as a
    /// hole).</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language.</param>
    /// <param name="values">The holes' names and values.</param>
    /// <returns>The text.</returns>
    public static string Say(LocalizedText text, Language language, params (string Name, string Value)[] values)
    {
        string template = text.Get(language);
        if (values.Length == 0)
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            string name = template[(open + 1)..close];
            int found = Array.FindIndex(values, v => v.Name == name);
            result.Append(found >= 0 ? values[found].Value : template[open..(close + 1)]);
            i = close + 1;
        }

        return result.ToString();
    }
}

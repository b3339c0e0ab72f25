using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>What the planning rules say when they do not hold (what is wrong, about whom, with the numbers) and when
/// they do not apply; the same text for each regime's code prefix. The text for when a rule holds is its template
/// (<see cref="PlanningMessages"/>).</summary>
internal static class PlanningOutcomeMessages
{
    private static readonly (string Rule, FindingStatus Status, LocalizedText Text)[] Texts =
    [
        F(PlanningRegime.MaxCandidatesPerTitle,
            "Chức danh {title} có {listed} người trong quy hoạch, vượt mức tối đa {maximum}",
            "The title {title} has {listed} people planned, more than the maximum {maximum}"),
        N(PlanningRegime.MaxCandidatesPerTitle,
            "Chức danh {title} không phải chức danh lãnh đạo, quản lý: không xét số người tối đa",
            "The title {title} is not a leadership title: the maximum is not checked"),
        F(PlanningRegime.MinCandidatesPerTitle,
            "Chức danh {title} chỉ có {eligible} người đủ điều kiện quy hoạch, dưới mức tối thiểu {minimum}; không quy hoạch 1 người cho 1 chức danh",
            "The title {title} has only {eligible} eligible candidates, below the minimum {minimum}; never one candidate for one title"),
        N(PlanningRegime.MinCandidatesPerTitle,
            "Chức danh {title} không có mức tối thiểu: không xét",
            "The title {title} has no minimum: not checked"),
        F(PlanningRegime.FewCandidates,
            "Chức danh {title} chỉ có {eligible} người đủ điều kiện quy hoạch; nên có từ {advisedMinimum} người trở lên",
            "The title {title} has only {eligible} eligible candidates; at least {advisedMinimum} are advised"),
        N(PlanningRegime.FewCandidates,
            "Chức danh {title}: không xét số người nên có",
            "The title {title}: the advised number is not checked"),
        F(PlanningRegime.CommitteeCoefficient,
            "Số người quy hoạch {title} ({listed}, đủ điều kiện {eligible}) ngoài hệ số quy hoạch: cần từ {minimum} đến {maximum} người cho {seats} vị trí",
            "The number planned for {title} ({listed}, {eligible} eligible) is outside the planning coefficient: {minimum} to {maximum} are needed for {seats} seats"),
        N(PlanningRegime.CommitteeCoefficient,
            "Chức danh {title} không phải cấp ủy viên: không xét hệ số quy hoạch",
            "The title {title} is not a committee membership: the coefficient is not checked"),
        F(PlanningRegime.MaxTitlesPerCandidate,
            "{cadre} được quy hoạch {titles} chức danh lãnh đạo, quản lý ở cùng một cấp, vượt mức tối đa {maximum}",
            "{cadre} is planned for {titles} leadership titles at one level, more than the maximum {maximum}"),
        F(PlanningRegime.OnlyHigherTitle,
            "Chức danh {title}, bậc {titleRank}, không cao hơn chức danh đang đảm nhiệm (bậc {currentRank}); chỉ quy hoạch chức danh cao hơn",
            "The title {title}, rank {titleRank}, is not higher than the current title (rank {currentRank}); only a higher title may be planned"),
        N(PlanningRegime.OnlyHigherTitle,
            "Chức danh {title}: không có bậc để so sánh với chức danh đang đảm nhiệm, không xét",
            "The title {title}: no ranks to compare with the current title, not checked"),
        F(PlanningRegime.NotWithAppointmentProposal,
            "{cadre} đang được đề xuất bổ nhiệm, giới thiệu ứng cử: không quy hoạch đồng thời",
            "{cadre} is proposed for appointment or election: not to be planned at the same time"),
        N(PlanningRegime.NotWithAppointmentProposal,
            "{cadre}: văn bản không cấm quy hoạch đồng thời với đề xuất bổ nhiệm, không xét",
            "{cadre}: the text does not bar planning during an appointment proposal, not checked"),
        F(PlanningRegime.MonthsLeft,
            "{cadre}, chức danh {title}: tại tháng {ageMonth} {serviceLeft}, cần ít nhất {required} tháng",
            "{cadre}, title {title}: at {ageMonth}, {serviceLeft}; at least {required} needed"),
        F(PlanningRegime.PreferredMonthsLeft,
            "{cadre}, chức danh {title}: tại tháng {ageMonth} còn {monthsLeft} tháng công tác, chưa đủ hai nhiệm kỳ ({preferred} tháng) nên có",
            "{cadre}, title {title}: {monthsLeft} months of service left at {ageMonth}, short of the two terms ({preferred} months) advised"),
        N(PlanningRegime.PreferredMonthsLeft,
            "{cadre}, chức danh {title}: không xét thời gian nên có",
            "{cadre}, title {title}: the advised time left is not checked"),
        F(PlanningRegime.DisciplineBar,
            "{cadre} đang trong thời hạn không được quy hoạch do kỷ luật ({form} ngày {decidedOn}, đến {barEnds})",
            "{cadre} is within a discipline bar on planning ({form} on {decidedOn}, until {barEnds})"),
        F(PlanningRegime.DisciplinedSincePlanning,
            "{cadre} bị kỷ luật ({form} ngày {decidedOn}) sau khi được phê duyệt quy hoạch: phải đưa ra khỏi quy hoạch",
            "{cadre} was disciplined ({form} on {decidedOn}) after the plan was approved: to be removed from planning"),
        F(PlanningRegime.NotCompleteLatestYear,
            "{cadre} bị xếp loại Không hoàn thành nhiệm vụ (KHT) năm {year}: không đủ điều kiện quy hoạch",
            "{cadre} was rated Không hoàn thành nhiệm vụ (KHT, did not complete duties) in {year}: not eligible for planning"),
        N(PlanningRegime.NotCompleteLatestYear,
            "{cadre}: chưa có kết quả xếp loại năm gần nhất, không xét",
            "{cadre}: no rating for the latest year, not checked"),
        F(PlanningRegime.PoliticalStandard,
            "{cadre} không bảo đảm tiêu chuẩn chính trị của chức danh quy hoạch",
            "{cadre} does not meet the political standard of the planned title"),
        F(PlanningRegime.YoungShare,
            "Tỷ lệ cán bộ trẻ (dưới {youngAge} tuổi) {count}/{total} = {share}, chưa đạt chỉ tiêu phấn đấu {target}",
            "Share of young cadres (under {youngAge}) {count}/{total} = {share}, below the target of {target}"),
        N(PlanningRegime.YoungShare,
            "Không áp dụng chỉ tiêu tỷ lệ cán bộ trẻ",
            "The young cadres' target does not apply"),
        F(PlanningRegime.WomenShare,
            "Tỷ lệ cán bộ nữ {count}/{total} = {share}, chưa đạt chỉ tiêu phấn đấu {target}",
            "Share of women cadres {count}/{total} = {share}, below the target of {target}"),
        N(PlanningRegime.WomenShare,
            "Không áp dụng chỉ tiêu tỷ lệ cán bộ nữ",
            "The women cadres' target does not apply"),
        F(PlanningRegime.TitleStandards,
            "{cadre} không đạt tiêu chuẩn chức danh {title} ({group}) ngày {assessedOn}: không đủ điều kiện quy hoạch",
            "{cadre} does not meet the standards of the title {title} ({group}) on {assessedOn}: not eligible for planning"),
        F(PlanningRegime.TitleStandardsPending,
            "{cadre}, chức danh {title} ({group}): tiêu chuẩn chức danh {outcome}; lưu ý, vẫn đủ điều kiện quy hoạch",
            "{cadre}, title {title} ({group}): title standards {outcome}; advisory, still eligible for planning"),
    ];

    public static readonly StatusText[] Entries =
    [
        .. PlanningRegime.Prefixes.SelectMany(prefix => Texts.Select(t => new StatusText(new RuleCode($"{prefix}.Planning.{t.Rule}"), t.Status, t.Text))),
    ];

    private static (string, FindingStatus, LocalizedText) F(string rule, string vietnamese, string english) => (rule, FindingStatus.NotSatisfied, new LocalizedText(vietnamese, english));

    private static (string, FindingStatus, LocalizedText) N(string rule, string vietnamese, string english) => (rule, FindingStatus.NotApplicable, new LocalizedText(vietnamese, english));
}

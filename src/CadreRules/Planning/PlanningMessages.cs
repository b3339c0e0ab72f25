using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>Templates of the planning rules (quy hoạch cán bộ), the same text for each regime's code prefix.</summary>
internal static class PlanningMessages
{
    private static readonly (string Rule, LocalizedText Text)[] Templates =
    [
        (PlanningRegime.MaxCandidatesPerTitle, new(
            "Số người quy hoạch chức danh {title} ({listed}) không vượt quá mức tối đa {maximum}",
            "The number planned for the title {title} ({listed}) does not exceed the maximum {maximum}")),
        (PlanningRegime.MinCandidatesPerTitle, new(
            "Số người đủ điều kiện quy hoạch chức danh {title} ({eligible}) đạt mức tối thiểu {minimum}; không quy hoạch 1 người cho 1 chức danh",
            "The eligible candidates for the title {title} ({eligible}) reach the minimum {minimum}; never one candidate for one title")),
        (PlanningRegime.FewCandidates, new(
            "Chức danh {title} nên có từ {advisedMinimum} người đủ điều kiện quy hoạch trở lên (hiện có {eligible}); lưu ý, không phải vi phạm",
            "The title {title} should have at least {advisedMinimum} eligible candidates (now {eligible}); advisory, not a breach")),
        (PlanningRegime.CommitteeCoefficient, new(
            "Số người quy hoạch {title} ({listed}, đủ điều kiện {eligible}) nằm trong hệ số quy hoạch: từ {minimum} đến {maximum} người cho {seats} vị trí",
            "The number planned for {title} ({listed}, {eligible} eligible) is within the planning coefficient: {minimum} to {maximum} for {seats} seats")),
        (PlanningRegime.MaxTitlesPerCandidate, new(
            "Cán bộ {cadre} được quy hoạch {titles} chức danh lãnh đạo, quản lý ở cùng một cấp, không quá {maximum}",
            "The cadre {cadre} is planned for {titles} leadership titles at one level, at most {maximum}")),
        (PlanningRegime.OnlyHigherTitle, new(
            "Chức danh {title} (bậc {titleRank}) cao hơn chức danh cán bộ đang đảm nhiệm (bậc {currentRank})",
            "The title {title} (rank {titleRank}) is higher than the candidate's current title (rank {currentRank})")),
        (PlanningRegime.NotWithAppointmentProposal, new(
            "Cán bộ {cadre} không được quy hoạch đồng thời với việc đề xuất bổ nhiệm, giới thiệu ứng cử",
            "The cadre {cadre} is not planned while an appointment or election proposal is under way")),
        (PlanningRegime.MonthsLeft, new(
            "Cán bộ {cadre}, chức danh {title}: thời gian công tác còn lại tại tháng {ageMonth} là {monthsLeft} tháng, tối thiểu {required} tháng",
            "The cadre {cadre}, title {title}: {monthsLeft} months of service left at {ageMonth}, at least {required} required")),
        (PlanningRegime.PreferredMonthsLeft, new(
            "Cán bộ {cadre}, chức danh {title}: nên còn đủ hai nhiệm kỳ ({preferred} tháng) tại tháng {ageMonth}, hiện còn {monthsLeft} tháng; lưu ý",
            "The cadre {cadre}, title {title}: two terms ({preferred} months) left at {ageMonth} are preferred, {monthsLeft} left; advisory")),
        (PlanningRegime.DisciplineBar, new(
            "Cán bộ {cadre} không trong thời hạn không được quy hoạch do kỷ luật ({form} ngày {decidedOn}, đến {barEnds})",
            "The cadre {cadre} is not within a discipline bar on planning ({form} on {decidedOn}, until {barEnds})")),
        (PlanningRegime.DisciplinedSincePlanning, new(
            "Cán bộ {cadre} không bị kỷ luật sau khi được phê duyệt quy hoạch ({form} ngày {decidedOn}); bị kỷ luật thì đưa ra khỏi quy hoạch",
            "The cadre {cadre} was not disciplined after the plan was approved ({form} on {decidedOn}); discipline removes from planning")),
        (PlanningRegime.NotCompleteLatestYear, new(
            "Cán bộ {cadre} không bị xếp loại Không hoàn thành nhiệm vụ (KHT) năm {year}",
            "The cadre {cadre} was not rated Không hoàn thành nhiệm vụ (KHT, did not complete duties) in {year}")),
        (PlanningRegime.PoliticalStandard, new(
            "Cán bộ {cadre} bảo đảm tiêu chuẩn chính trị của chức danh quy hoạch",
            "The cadre {cadre} meets the political standard of the planned title")),
        (PlanningRegime.YoungShare, new(
            "Tỷ lệ cán bộ trẻ (dưới {youngAge} tuổi): {count}/{total} = {share}, phấn đấu từ {target} trở lên",
            "Share of young cadres (under {youngAge}): {count}/{total} = {share}, target at least {target}")),
        (PlanningRegime.WomenShare, new(
            "Tỷ lệ cán bộ nữ: {count}/{total} = {share}, phấn đấu từ {target} trở lên",
            "Share of women cadres: {count}/{total} = {share}, target at least {target}")),
        (PlanningRegime.TitleStandards, new(
            "Cán bộ {cadre} đạt tiêu chuẩn chức danh {title} ({group}) ngày {assessedOn}",
            "The cadre {cadre} meets the standards of the title {title} ({group}) on {assessedOn}")),
        (PlanningRegime.TitleStandardsPending, new(
            "Cán bộ {cadre}, chức danh {title} ({group}): tiêu chuẩn chức danh xác định được và đạt mà không cần chờ kế hoạch đào tạo (kết quả: {outcome}); nếu chưa, là lưu ý, không phải vi phạm",
            "The cadre {cadre}, title {title} ({group}): the title standards can be decided and are met without waiting on a training plan (outcome: {outcome}); if not, advisory, not a breach")),
    ];

    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        .. PlanningRegime.Prefixes.SelectMany(prefix => Templates.Select(t =>
            new KeyValuePair<RuleCode, LocalizedText>(new RuleCode($"{prefix}.Planning.{t.Rule}"), t.Text))),
    ];

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new(Entries);
}

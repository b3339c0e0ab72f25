using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>Templates of the rotation (luân chuyển) and periodic position change (chuyển đổi vị trí công tác) rules.</summary>
internal static class RotationMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        new("Rotation.Eligibility", new LocalizedText(
            "Đủ tiêu chuẩn, điều kiện luân chuyển",
            "Meets the standards and conditions for rotation")),
        new("Rotation.InPlanning", new LocalizedText(
            "Cán bộ luân chuyển để đào tạo phải trong quy hoạch chức danh lãnh đạo, quản lý",
            "A cadre rotated for training must be in planning for a leadership title")),
        new("Rotation.ServiceLeft", new LocalizedText(
            "Còn {monthsLeft} tháng công tác tính từ ngày luân chuyển {start}, cần ít nhất {minMonths} tháng",
            "{monthsLeft} months of working time left from the rotation date {start}; at least {minMonths} needed")),
        new("Rotation.ServiceLeft.SpecialCase", new LocalizedText(
            "Trường hợp đặc biệt về thời gian công tác còn lại do cấp có thẩm quyền quyết định: {reason}",
            "Special case on the working time left, decided by the competent level: {reason}")),
        new("Rotation.NotUnderDisciplinaryReview", new LocalizedText(
            "Không trong thời gian bị xem xét kỷ luật",
            "Not under disciplinary review")),
        new("Rotation.NotUnderDisciplinaryReview.Law80", new LocalizedText(
            "Không trong thời gian bị xem xét kỷ luật (luân chuyển từ ngày 01/07/2025)",
            "Not under disciplinary review (rotation from 01/07/2025)")),
        new("Rotation.EquivalentPost", new LocalizedText(
            "Bố trí chức vụ tương đương; chức vụ cao hơn chỉ khi cán bộ có phẩm chất, năng lực nổi trội (so sánh: {comparison})",
            "Rotated to an equivalent post; a higher one only for an outstanding cadre (comparison: {comparison})")),
        new("Rotation.NoNewTitle", new LocalizedText(
            "Không tăng thêm chức danh để bố trí cán bộ luân chuyển",
            "No title is added to place a rotated cadre")),
        new("Rotation.Duration", new LocalizedText(
            "Thời gian luân chuyển dự kiến {plannedMonths} tháng, ít nhất {minMonths} tháng",
            "Planned rotation of {plannedMonths} months; at least {minMonths} months")),
        new("Rotation.Duration.Nd138", new LocalizedText(
            "Thời gian luân chuyển dự kiến {plannedMonths} tháng, ít nhất {minMonths} tháng (trước ngày 01/07/2025)",
            "Planned rotation of {plannedMonths} months; at least {minMonths} months (before 01/07/2025)")),
        new("Rotation.NonLocal.Share", new LocalizedText(
            "Tỷ lệ không phải người địa phương {share} ({nonLocal}/{total}), chỉ tiêu {target}, chênh lệch {gap}",
            "Non-local share {share} ({nonLocal}/{total}) against a target of {target}, a gap of {gap}")),
        new("Rotation.NonLocal.SecretaryTenure", new LocalizedText(
            "Giữ chức bí thư ở {unit} từ {since}: {years} năm, dưới {maxYears} năm",
            "Secretary of {unit} since {since}: {years} years, under {maxYears}")),
        new("Movement.Eligibility", new LocalizedText(
            "Đủ điều kiện điều động, biệt phái",
            "May be transferred or seconded")),
        new("Movement.Bar.DisciplinaryReview", new LocalizedText(
            "Không trong thời gian bị xem xét kỷ luật",
            "Not under disciplinary review")),
        new("Movement.Bar.Investigation", new LocalizedText(
            "Không đang bị khởi tố, điều tra hoặc liên quan đến việc đang bị thanh tra, kiểm tra",
            "Not prosecuted, investigated or involved in an inspection")),
        new("Movement.Bar.SeriousIllness", new LocalizedText(
            "Không đang điều trị bệnh hiểm nghèo",
            "Not being treated for a serious illness")),
        new("Movement.Bar.StudyOrSecondment", new LocalizedText(
            "Không đang đi học dài hạn hoặc đang biệt phái",
            "Not away on long study or already seconded")),
        new("Movement.Bar.PregnancyOrYoungChild", new LocalizedText(
            "Không đang mang thai, nghỉ thai sản hoặc nuôi con dưới 36 tháng tuổi (trừ khi có nguyện vọng)",
            "Not pregnant, on maternity leave or raising a child under 36 months (unless the person asks)")),
        new("Movement.Bar.Hardship", new LocalizedText(
            "Không có hoàn cảnh gia đình đặc biệt khó khăn (trừ khi có nguyện vọng)",
            "Not in particular family hardship (unless the person asks)")),
        new("Movement.Bar.WaivedOnRequest", new LocalizedText(
            "Người được điều động, biệt phái có nguyện vọng",
            "The person asked to be moved")),
        new("Movement.Transfer.Allowance", new LocalizedText(
            "Phụ cấp chức vụ cao hơn (nếu có) được bảo lưu {months} tháng, đến hết ngày {keptUntil}",
            "A higher leadership allowance, if any, is kept for {months} months, to {keptUntil}")),
        new("Movement.Secondment.Duration", new LocalizedText(
            "Biệt phái dự kiến đến ngày {plannedEnd}, muộn nhất đến ngày {latestEnd} ({maxMonths} tháng)",
            "Secondment planned to {plannedEnd}; at the latest to {latestEnd} ({maxMonths} months)")),
        new("PositionChange.Decision", new LocalizedText(
            "Định kỳ chuyển đổi vị trí công tác",
            "Periodic change of work position")),
        new("PositionChange.Exempt", new LocalizedText(
            "Còn {monthsLeft} tháng đến tuổi nghỉ hưu, dưới {thresholdMonths} tháng: không thực hiện chuyển đổi",
            "{monthsLeft} months to retirement, under {thresholdMonths}: no change is made")),
        new("PositionChange.Due", new LocalizedText(
            "Đã giữ vị trí {monthsInPost} tháng, đủ thời hạn {periodMonths} tháng của ngành {sector} từ ngày {dueOn}",
            "{monthsInPost} months in the position; the {sector} period of {periodMonths} months was reached on {dueOn}")),
        new("PositionChange.Deferred", new LocalizedText(
            "Thuộc trường hợp chưa thực hiện chuyển đổi",
            "A case in which the change is deferred")),
        new("PositionChange.Deferral.DisciplinaryReview", new LocalizedText(
            "Đang trong thời gian bị xem xét, xử lý kỷ luật",
            "Under disciplinary review")),
        new("PositionChange.Deferral.Investigation", new LocalizedText(
            "Đang bị kiểm tra, xác minh, thanh tra, điều tra, truy tố, xét xử",
            "Under inspection, verification, investigation, prosecution or trial")),
        new("PositionChange.Deferral.SeriousIllness", new LocalizedText(
            "Đang điều trị bệnh hiểm nghèo có xác nhận của cơ quan y tế",
            "Being treated for a serious illness certified by a medical body")),
        new("PositionChange.Deferral.Study", new LocalizedText(
            "Đang đi học tập trung {studyMonths} tháng (từ 12 tháng trở lên)",
            "In full-time study of {studyMonths} months (12 months or more)")),
        new("PositionChange.Deferral.Secondment", new LocalizedText(
            "Đang biệt phái",
            "On secondment")),
        new("PositionChange.Deferral.Pregnancy", new LocalizedText(
            "Đang mang thai",
            "Pregnant")),
        new("PositionChange.Deferral.YoungChild", new LocalizedText(
            "Đang nuôi con nhỏ dưới 36 tháng tuổi (đủ 36 tháng ngày {childTurns36On})",
            "Raising a child under 36 months (36 months old on {childTurns36On})")),
        new("PositionChange.Deferral.FatherAlone", new LocalizedText(
            "Nam giới nuôi con nhỏ dưới 36 tháng tuổi do vợ mất hoặc trường hợp khách quan khác (đủ 36 tháng ngày {childTurns36On})",
            "A father raising a child under 36 months because his wife died or for another objective reason (36 months old on {childTurns36On})")),
    ];

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new(Entries);
}

using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Appointment;

/// <summary>Templates of the appointment (bổ nhiệm) and party committee membership rules.</summary>
internal static class AppointmentMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        new("Appointment.Eligibility", new LocalizedText(
            "Đủ tiêu chuẩn, điều kiện bổ nhiệm",
            "Meets the standards and conditions for appointment")),
        new("Appointment.Planned", new LocalizedText(
            "Được quy hoạch chức danh dự kiến bổ nhiệm hoặc chức danh tương đương trở lên",
            "Planned for the title or an equivalent or higher one")),
        new("Appointment.TimeInPost", new LocalizedText(
            "Đã giữ chức vụ hiện tại hoặc tương đương {monthsInPost} tháng, cần ít nhất {minMonths} tháng",
            "{monthsInPost} months in the current or an equivalent post; at least {minMonths} needed")),
        new("Appointment.TimeInPost.Exception", new LocalizedText(
            "Không áp dụng điều kiện thời gian giữ chức vụ (ghế cơ cấu cấp ủy: {structuralSeat}; quyết định: {reason})",
            "The time-in-post condition is lifted (structural committee seat: {structuralSeat}; decision: {reason})")),
        new("Appointment.Age", new LocalizedText(
            "Tuổi nghỉ hưu trừ tuổi tại tháng nhận hồ sơ {dossierMonth} còn {monthsLeft} tháng, cần ít nhất {minMonths} tháng",
            "Retirement age minus age in the dossier month {dossierMonth} leaves {monthsLeft} months; at least {minMonths} needed")),
        new("Appointment.Age.SpecialCase", new LocalizedText(
            "Trường hợp đặc biệt do cấp có thẩm quyền bổ nhiệm quyết định: còn {monthsLeft} tháng, cần ít nhất {minMonths} tháng ({reason})",
            "Special case decided by the appointing level: {monthsLeft} months left, at least {minMonths} needed ({reason})")),
        new("Appointment.DisciplineBar", new LocalizedText(
            "Không trong thời hạn chưa được bổ nhiệm do bị kỷ luật",
            "No discipline bar on appointment is running")),
        new("Appointment.Evaluation", new LocalizedText(
            "Không bị xếp loại Không hoàn thành nhiệm vụ trong {years} năm gần nhất (năm KHT: {khtYear})",
            "No 'Không hoàn thành nhiệm vụ' rating in the {years} most recent years (KHT year: {khtYear})")),
        new("CommitteeMembership.ServiceLeft", new LocalizedText(
            "Thời gian công tác còn lại tại tháng {ageMonth} là {monthsLeft} tháng, cần ít nhất {minMonths} tháng",
            "{monthsLeft} months of working time left at {ageMonth}; at least {minMonths} needed")),
    ];

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new(Entries);
}

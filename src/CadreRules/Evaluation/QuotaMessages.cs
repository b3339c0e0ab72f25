using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>Templates of the unit quotas and of the consequences of an evaluation history.</summary>
internal static class QuotaMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        new("Quota.Allocation", new LocalizedText(
            "Áp dụng tỷ lệ HTXS ({regime}) cho {groups} nhóm; {demoted} người chuyển từ HTXS xuống HTT. Chính sách: mẫu số {denominator}, làm tròn {rounding}, thứ tự {ordering}",
            "HTXS quota ({regime}) applied to {groups} groups; {demoted} people moved from HTXS to HTT. Policy: denominator {denominator}, rounding {rounding}, order {ordering}")),
        new("Quota.Group", new LocalizedText(
            "Đơn vị {unit}, nhóm {peerGroup}: {ratedGood} người đạt HTT và {qualified} người đủ điều kiện HTXS; được giữ tối đa {bound}, giữ {kept}, chuyển {demoted}; cuối cùng {finalGood} HTT",
            "Unit {unit}, group {peerGroup}: {ratedGood} rated HTT and {qualified} qualifying for HTXS; at most {bound} may keep it, {kept} kept, {demoted} moved; finally {finalGood} HTT")),
        new("Quota.Demoted", new LocalizedText(
            "{id} (điểm {score}) xếp thứ {rank} trong {qualified} người đủ điều kiện HTXS, ngoài {kept} người được giữ: chuyển xuống HTT",
            "{id} (score {score}) ranks {rank} of {qualified} qualifying for HTXS, beyond the {kept} kept: moved to HTT")),
        new("QD366.Quota.HTXS", new LocalizedText(
            "Số HTXS không vượt quá 20% số được xếp HTT trong nhóm có vị trí, vai trò, chức năng, nhiệm vụ tương đồng",
            "HTXS at most 20% of those rated HTT in the group with similar positions, roles and duties")),
        new("QD366.Quota.HTXSOutstanding", new LocalizedText(
            "Đơn vị có thành tích xuất sắc, nổi trội: số HTXS không vượt quá 25% số được xếp HTT",
            "Unit recognised as outstanding: HTXS at most 25% of those rated HTT")),
        new("QD124.Quota.HTXS", new LocalizedText(
            "Số HTXS không vượt quá 20% số được xếp HTT trong nhóm có vai trò, chức năng, nhiệm vụ tương đồng",
            "HTXS at most 20% of those rated HTT in the group with similar roles and duties")),
        new("HD21.Quota.HTXS", new LocalizedText(
            "Số đảng viên HTXS không vượt quá 20% số đảng viên được xếp HTT trong từng tổ chức cơ sở đảng",
            "Party members rated HTXS at most 20% of those rated HTT in each grassroots party organisation")),
        new("ND335.Quota.HTXS", new LocalizedText(
            "Tỷ lệ công chức HTXS không vượt quá 20% số công chức được xếp HTT trong cùng cơ quan và nhóm có nhiệm vụ tương đồng",
            "Civil servants rated HTXS at most 20% of those rated HTT in the same agency and group with similar tasks")),
        new("ND335.Quota.HTXSOutstanding", new LocalizedText(
            "Đơn vị có thành tích xuất sắc, nổi trội: tỷ lệ công chức HTXS không vượt quá 25% số được xếp HTT (chưa xác nhận)",
            "Outstanding unit: civil servants rated HTXS at most 25% of those rated HTT (unconfirmed)")),
        new("ND233.Quota.HTXS", new LocalizedText(
            "Tỷ lệ viên chức HTXS không vượt quá 20% số viên chức được xếp HTT trong cùng đơn vị và nhóm có nhiệm vụ tương đồng",
            "Public employees rated HTXS at most 20% of those rated HTT in the same unit and group with similar tasks")),
        new("ND233.Quota.HTXSOutstanding", new LocalizedText(
            "Đơn vị được công nhận HTXS: tỷ lệ viên chức HTXS không vượt quá 25% số được xếp HTT",
            "Unit recognised as HTXS: public employees rated HTXS at most 25% of those rated HTT")),
        new("ND233.Quota.UnitHTXS", new LocalizedText(
            "Số đơn vị sự nghiệp HTXS không vượt quá 20% số đơn vị được xếp HTT thuộc phạm vi quản lý",
            "Public service units rated HTXS at most 20% of the units rated HTT under the same authority")),
        new("ND233.Quota.UnitHTXSOutstanding", new LocalizedText(
            "Đơn vị sự nghiệp có thành tích xuất sắc, nổi trội: số đơn vị HTXS không vượt quá 25% số đơn vị HTT",
            "Outstanding public service units: units rated HTXS at most 25% of the units rated HTT")),
        new("ND233.Quota.SmallParent", new LocalizedText(
            "Đơn vị có dưới 5 đơn vị trực thuộc: tối đa 1 đơn vị được xếp HTXS",
            "A parent with fewer than 5 subordinate units: at most 1 unit rated HTXS")),
        new("ND48.Quota.PartyShare", new LocalizedText(
            "Đơn vị {unit}, nhóm {peerGroup}: tỷ lệ HTXS bên chính quyền {stateShare} không vượt quá tỷ lệ đảng viên HTXS {partyShare} (khoản 6 Điều 2 NĐ 90/2020, bổ sung bởi NĐ 48/2023)",
            "Unit {unit}, group {peerGroup}: State HTXS share {stateShare} at most the Party HTXS share {partyShare} (NĐ 90/2020 Article 2 clause 6, added by NĐ 48/2023)")),
        new("CBCC2008.TwoConsecutiveKHT.Dismissal", new LocalizedText(
            "Công chức 02 năm liên tiếp xếp loại không hoàn thành nhiệm vụ thì giải quyết thôi việc (năm xét: {years}; ngày hỏi {asOf})",
            "A civil servant rated KHT in two consecutive years is dismissed (years: {years}; as of {asOf})")),
        new("CBCC2008.TwoConsecutiveKHT.Removal", new LocalizedText(
            "Cán bộ 02 năm liên tiếp xếp loại không hoàn thành nhiệm vụ thì miễn nhiệm, cho thôi việc (năm xét: {years}; ngày hỏi {asOf})",
            "A cadre rated KHT in two consecutive years is removed from office (years: {years}; as of {asOf})")),
        new("CBCC2008.TwoKHTWithinThree.LowerPosition", new LocalizedText(
            "Công chức không giữ chức vụ lãnh đạo có 02 năm không hoàn thành nhiệm vụ trong 03 năm thì bố trí vị trí thấp hơn (năm xét: {years}; ngày hỏi {asOf})",
            "A civil servant without a leadership post rated KHT in two years within three is placed in a lower position (years: {years}; as of {asOf})")),
        new("CBCC2008.TwoKHTInTerm.Reassignment", new LocalizedText(
            "Công chức lãnh đạo có 02 năm không hoàn thành nhiệm vụ trong một thời hạn bổ nhiệm thì bố trí công tác khác (năm xét: {years}; ngày hỏi {asOf})",
            "A leader rated KHT in two years of one appointment term is moved to other work (years: {years}; as of {asOf})")),
        new("ND335.KHT.LowerPositionOrDismissal", new LocalizedText(
            "Năm gần nhất xếp loại không hoàn thành nhiệm vụ: cấp có thẩm quyền xem xét bố trí vị trí thấp hơn hoặc cho thôi việc (năm xét: {years}; ngày hỏi {asOf})",
            "Latest year rated KHT: the competent level may consider a lower position or dismissal (year: {years}; as of {asOf})")),
        new("Consequence.Undetermined.BeforeEncodedLaw", new LocalizedText(
            "Chưa xác định: thư viện chưa mã hóa văn bản Luật Cán bộ, công chức áp dụng trước ngày 01/07/2020 (ngày hỏi {asOf})",
            "Undetermined: the library does not encode the Luật Cán bộ, công chức wording in force before 01/07/2020 (as of {asOf})")),
        new("Consequence.Undetermined.Transition", new LocalizedText(
            "Chưa xác định: từ 01/07/2025 đến 31/12/2025 Luật Cán bộ, công chức 2025 đã có hiệu lực nhưng phần đánh giá chỉ áp dụng từ 01/01/2026 (ngày hỏi {asOf})",
            "Undetermined: from 01/07/2025 to 31/12/2025 Luật Cán bộ, công chức 2025 is in force but its evaluation section applies only from 01/01/2026 (as of {asOf})")),
        new("Consequence.Undetermined.Subject", new LocalizedText(
            "Chưa xác định: không có quy định đã mã hóa cho đối tượng này vào ngày hỏi {asOf}",
            "Undetermined: no encoded rule covers this kind of subject on {asOf}")),
        new("TT08.SalaryStepDelay", new LocalizedText(
            "Kéo dài thời gian nâng bậc lương thường xuyên {months} tháng: 06 tháng mỗi năm không hoàn thành nhiệm vụ ({years}); kỷ luật: {discipline}",
            "Regular salary step delayed by {months} months: 6 months per KHT year ({years}); discipline: {discipline}")),
        new("TT08.SalaryStepDelay.UncoveredDiscipline", new LocalizedText(
            "Chưa xác định: hình thức kỷ luật {discipline} không thuộc các trường hợp kéo dài nâng bậc lương đã mã hóa (đã tính {months} tháng)",
            "Undetermined: the discipline {discipline} is not among the encoded salary step delays ({months} months counted)")),
        new("Consequence.Undetermined.BeforeTT08", new LocalizedText(
            "Chưa xác định: TT 08/2013/TT-BNV chỉ có hiệu lực từ 15/09/2013 (ngày hỏi {asOf})",
            "Undetermined: TT 08/2013/TT-BNV is in force only from 15/09/2013 (as of {asOf})")),
    ];
}

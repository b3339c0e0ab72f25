using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Localization;

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
    ];
}

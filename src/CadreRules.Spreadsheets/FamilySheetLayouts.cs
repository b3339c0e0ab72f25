using CadreRules.Appointment;
using CadreRules.Documents;
using CadreRules.Rotation;
using static CadreRules.Spreadsheets.SheetColumn;

namespace CadreRules.Spreadsheets;

/// <summary>The layouts of the documents the other families read: position changes, committee candidacies, key posts
/// (the non-local share) and a body's members (its composition). The planning review has none: it holds a planning list,
/// the candidates' current facts (a roster) and the proposed additions, three row shapes one sheet cannot hold.</summary>
internal static class FamilySheetLayouts
{
    /// <summary>Gets the position-changes layout: one row per incumbent; a row repeating the id adds a deferral.</summary>
    public static SheetLayout PositionChanges { get; } = new(DocumentKind.PositionChanges, "Chuyển đổi vị trí", "incumbents", "cadreRef",
    [
        Of(ValueKind.Date, "$.asOf", "Ngày xét", "As of", false, "01/01/2026", "Ngày xét chuyển đổi (giống nhau trên mọi dòng); bắt buộc khi một người không có ngày xét riêng.", "The date considered (the same on every row); required when a person has no date of their own."),
        Text("cadreRef", "Mã cán bộ", "Cadre id", true, "MKT-017", "Mã người trong danh sách cán bộ (--roster); lặp lại ở dòng dưới để thêm lần tạm hoãn.", "The person's id in the roster (--roster); repeat it on the next row to add a deferral."),
        Text("sector", "Lĩnh vực", "Sector", true, "publicInvestment", "Lĩnh vực phải định kỳ chuyển đổi vị trí công tác: personnel, publicFinance, publicAssets, publicInvestment, directContact, inspection, health.", "The sector of the periodic position change: personnel, publicFinance, publicAssets, publicInvestment, directContact, inspection, health."),
        Text("post", "Chức vụ", "Post", false, "", "Chức vụ đang giữ được xét, khi người đó giữ nhiều chức vụ (như ghi trong danh sách cán bộ).", "The post considered, when the person holds several (as written in the roster)."),
        Of(ValueKind.Date, "asOf", "Ngày xét riêng", "Own as of", false, "", "Ngày xét của riêng người này, nếu khác ngày xét chung.", "This person's own date, when not the common one."),
        Choice<DeferralKind>("deferrals[].kind", "Lý do tạm hoãn", "Deferral kind", true, "nuôi con dưới 36 tháng tuổi", "Một dòng cho mỗi lần chưa thực hiện chuyển đổi: lặp lại mã ở dòng dưới để thêm lần khác.", "One row per deferral: repeat the id on the next row to add another."),
        Of(ValueKind.Date, "deferrals[].start", "Tạm hoãn từ ngày", "Deferral start", true, "10/03/2024", "Ngày bắt đầu tạm hoãn.", "The first day of the deferral."),
        Of(ValueKind.Date, "deferrals[].end", "Tạm hoãn đến ngày", "Deferral end", false, "", "Ngày kết thúc tạm hoãn; để trống khi chưa rõ.", "The last day of the deferral; blank when open."),
    ]);

    /// <summary>Gets the committee candidacies layout: one row per candidacy.</summary>
    public static SheetLayout CommitteeCandidacies { get; } = new(DocumentKind.CommitteeCandidacies, "Cấp ủy", "candidacies", null,
    [
        Text("cadreRef", "Mã cán bộ", "Cadre id", true, "MKT-001", "Mã người trong danh sách cán bộ (--roster).", "The person's id in the roster (--roster)."),
        Choice<CommitteeLevel>("level", "Cấp ủy", "Committee level", true, "cấp ủy cấp xã", "Cấp ủy được giới thiệu tham gia.", "The committee's level."),
        Of(ValueKind.Boolean, "reElection", "Tái cử", "Re-election", true, "có", "Tham gia cấp ủy khóa mới khi đang là cấp ủy viên (tái cử) hay lần đầu.", "Standing again (re-election) or for the first time."),
        Of(ValueKind.Boolean, "provincialDeputySecretary", "Phó bí thư cấp tỉnh", "Provincial deputy secretary", false, "", "Đang là phó bí thư cấp ủy cấp tỉnh.", "Whether a provincial deputy secretary."),
    ]);

    /// <summary>Gets the key posts layout: one row per holder of a commune's secretary or chair post.</summary>
    public static SheetLayout KeyPosts { get; } = new(DocumentKind.KeyPosts, "Chủ chốt cấp xã", "holders", null,
    [
        Of(ValueKind.Date, "$.date", "Ngày số liệu", "Date", false, "30/11/2021", "Ngày của số liệu (giống nhau trên mọi dòng).", "The date of the figures (the same on every row)."),
        Text("$.area", "Địa bàn", "Area", false, "Huyện Phúc Thọ", "Địa bàn khảo sát (giống nhau trên mọi dòng).", "The area surveyed (the same on every row)."),
        Text("unit", "Đơn vị", "Unit", true, "Xã Tam Hiệp", "Xã, phường, thị trấn.", "The commune, ward or town."),
        Choice<KeyPostKind>("post", "Chức vụ chủ chốt", "Post", true, "bí thư", "Bí thư đảng ủy hoặc chủ tịch UBND.", "Party secretary or people's committee chair."),
        Choice<CadreRules.People.OrganisationalLevel>("level", "Cấp", "Level", false, "", "Cấp của đơn vị; để trống là cấp xã (bí thư tỉnh ủy ghi cấp tỉnh).", "The unit's level; blank is commune (a provincial secretary is provincial)."),
        Text("name", "Họ và tên", "Name", false, "", "Họ và tên người giữ chức vụ.", "The holder's name."),
        Of(ValueKind.Boolean, "bornThere", "Sinh tại địa phương", "Born there", true, "không", "Sinh ra tại địa phương.", "Born in the locality."),
        Of(ValueKind.Boolean, "raisedThere", "Lớn lên tại địa phương", "Raised there", true, "không", "Lớn lên tại địa phương.", "Raised in the locality."),
        Of(ValueKind.Integer, "yearsStudiedOrWorkedThere", "Số năm học tập, công tác tại địa phương", "Years studied or worked there", false, "3", "Số năm học tập, công tác tại địa phương.", "Years studied or worked in the locality."),
    ]);

    /// <summary>Gets the body layout: the body's name, date and targets (the same on every row), one row per member.</summary>
    public static SheetLayout Body { get; } = new(DocumentKind.Body, "Thành viên", "members", null,
    [
        Text("$.name", "Tên tập thể", "Body", false, "Ban Chấp hành Đảng bộ xã Minh Khê Thượng nhiệm kỳ 2025–2030", "Tên tập thể (giống nhau trên mọi dòng).", "The body's name (the same on every row)."),
        Of(ValueKind.Date, "$.asOf", "Ngày xét", "As of", true, "01/07/2025", "Ngày tính tuổi và cơ cấu (giống nhau trên mọi dòng).", "The date ages and shares are taken at (the same on every row)."),
        Of(ValueKind.Integer, "$.youngAge", "Tuổi trẻ (dưới)", "Young age", true, "42", "Tuổi dưới mức này được tính là trẻ (giống nhau trên mọi dòng).", "Younger than this counts as young (the same on every row)."),
        Of(ValueKind.Month, "$.termReferenceMonth", "Tháng tính tuổi của nhiệm kỳ", "Term age-reference month", false, "", "Tháng tính tuổi của nhiệm kỳ theo chỉ thị (ví dụ 07/2025 cho cấp xã; giống nhau trên mọi dòng); để trống khi không dùng.", "The term's age-reference month under the directive (e.g. 07/2025 for communes; the same on every row); blank when not used."),
        Target("women", "nữ", "women", "15%"),
        Target("young", "trẻ", "young", "10%"),
        Target("ethnicMinority", "dân tộc thiểu số", "ethnic minority", "20%"),
        Text("$.previous.name", "Nhiệm kỳ trước", "Previous term", false, "", "Tên nhiệm kỳ trước để so sánh (giống nhau trên mọi dòng); để trống các cột nhiệm kỳ trước khi không so sánh.", "The previous term compared with (the same on every row); leave the previous-term columns blank to compare nothing."),
        Of(ValueKind.Integer, "$.previous.total", "Nhiệm kỳ trước: số thành viên", "Previous term: members", false, "", "Số thành viên của tập thể ở nhiệm kỳ trước; cần khi ghi một số đếm của nhiệm kỳ trước.", "The body's size in the previous term; needed with any previous count."),
        Previous("women", "nữ", "women"),
        Previous("young", "trẻ", "young"),
        Previous("ethnicMinority", "dân tộc thiểu số", "ethnic minority"),
        Text("cadreRef", "Mã cán bộ", "Cadre id", true, "MKT-001", "Mã thành viên trong danh sách cán bộ (--roster).", "The member's id in the roster (--roster)."),
        Of(ValueKind.Boolean, "firstTime", "Tham gia lần đầu", "First time", false, "không", "Thành viên tham gia lần đầu (có) hay tái cử (không); để trống khi không biết (tỷ lệ đổi mới khi đó chưa xác định).", "Elected for the first time (yes) or re-elected (no); blank when not known (the renewal share is then undetermined)."),
        Of(ValueKind.Boolean, "standingCommittee", "Ủy viên ban thường vụ", "Standing committee", false, "", "Thành viên ban thường vụ; để trống ở mọi dòng khi hồ sơ không ghi.", "Sits on the standing committee; blank on every row when the document does not say."),
    ]);

    private static SheetColumn Previous(string name, string vi, string en) =>
        Of(ValueKind.Integer, "$.previous." + name, "Nhiệm kỳ trước: số " + vi, "Previous term: " + en, false, "", "Số thành viên " + vi + " ở nhiệm kỳ trước (giống nhau trên mọi dòng); để trống khi không biết.", "The previous term's number of " + en + " members (the same on every row); blank when not known.");

    private static SheetColumn Target(string name, string vi, string en, string example) =>
        Of(ValueKind.Share, "$.targets." + name, "Chỉ tiêu " + vi, "Target " + en, false, example, "Tỷ lệ " + vi + " cần đạt (giống nhau trên mọi dòng); để trống là không xét.", "The share of " + en + " to reach (the same on every row); blank is not checked.");
}

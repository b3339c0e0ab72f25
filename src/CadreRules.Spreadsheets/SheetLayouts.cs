using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using static CadreRules.Spreadsheets.SheetColumn;

namespace CadreRules.Spreadsheets;

/// <summary>The layout of a kind of document as a sheet: its sheet name, the list its rows fill (one item a row, or
/// several rows an item when a key column repeats), and its columns.</summary>
/// <param name="Kind">The document kind.</param>
/// <param name="SheetName">The sheet's name in a workbook (Vietnamese).</param>
/// <param name="Collection">The document's list each row (or group of rows) is an item of; null for the planning list,
/// whose rows make three lists.</param>
/// <param name="Key">The column (path) whose repeated value continues an item on the next row, or null.</param>
/// <param name="Columns">The columns.</param>
internal sealed record SheetLayout(DocumentKind Kind, string SheetName, string? Collection, string? Key, IReadOnlyList<SheetColumn> Columns)
{
    public SheetColumn? Column(string path) => Columns.FirstOrDefault(c => c.Path == path);
}

/// <summary>The layouts: roster, evaluation sheet, planning list, planning review, rotation requests, appointment dossiers, and the
/// other families' documents (<see cref="FamilySheetLayouts"/>).</summary>
internal static class SheetLayouts
{
    public const string GuideSheet = "Hướng dẫn";

    private static readonly SheetColumn[] Discipline =
    [
        Choice<DisciplineForm>("discipline[].form", "Hình thức kỷ luật", "Discipline form", true, "khiển trách", "Một dòng cho mỗi lần kỷ luật: lặp lại mã ở dòng dưới để thêm lần khác.", "One row per discipline: repeat the id on the next row to add another."),
        Choice<DisciplineTrack>("discipline[].track", "Kỷ luật theo", "Discipline track", true, "kỷ luật đảng", "Kỷ luật đảng hay kỷ luật hành chính.", "Party or administrative discipline."),
        Of(ValueKind.Date, "discipline[].decidedOn", "Ngày quyết định kỷ luật", "Discipline decided on", true, "15/03/2024", "Ngày ký quyết định kỷ luật.", "The date the discipline was decided."),
        Of(ValueKind.Integer, "discipline[].violationYear", "Năm vi phạm", "Violation year", false, "2023", "Năm xảy ra vi phạm, nếu khác năm quyết định.", "The year of the violation, when not the year decided."),
        Of(ValueKind.Boolean, "discipline[].relatedToPublicDuty", "Liên quan công vụ", "Related to public duty", false, "có", "Vi phạm có liên quan đến thực thi công vụ.", "Whether the violation relates to public duty."),
        Of(ValueKind.Boolean, "discipline[].selfDiscovered", "Tự phát hiện, khắc phục", "Self-discovered", false, "không", "Tự phát hiện và chủ động khắc phục.", "Found and remedied by the person."),
    ];

    /// <summary>Gets the roster layout: one row per cadre; a row repeating the id adds a position, a discipline or an
    /// evaluation.</summary>
    public static SheetLayout Roster { get; } = new(DocumentKind.Roster, "Cán bộ", "cadres", "id",
    [
        Text("$.organisation", "Tổ chức", "Organisation", false, "Đảng bộ xã Minh Khê Thượng", "Tên cơ quan, tổ chức (giống nhau trên mọi dòng).", "The organisation (the same on every row)."),
        Text("id", "Mã cán bộ", "Id", true, "MKT-001", "Mã riêng của mỗi người; lặp lại ở dòng dưới để thêm chức vụ, kỷ luật hay kết quả xếp loại.", "Each person's own id; repeat it on the next row to add a position, discipline or evaluation."),
        Text("name", "Họ và tên", "Name", false, "Nguyễn Văn A", "Họ và tên.", "Full name."),
        Choice<Sex>("sex", "Giới tính", "Sex", true, "nam", "Nam hoặc nữ.", "Male or female."),
        Of(ValueKind.BirthDate, "birthDate", "Ngày sinh", "Birth date", true, "14/05/1970", "Ngày sinh; chỉ tháng và năm, hay chỉ năm, khi hồ sơ chỉ ghi vậy.", "Birth date; the month and year, or the year alone, when that is all the record says."),
        Of(ValueKind.Boolean, "ethnicMinority", "Dân tộc thiểu số", "Ethnic minority", false, "không", "Người dân tộc thiểu số.", "Whether of an ethnic minority."),
        Text("homeLocality", "Quê quán", "Home locality", false, "xã Minh Khê Thượng", "Địa phương quê quán (so với nơi công tác khi xét cán bộ không là người địa phương).", "Home locality (compared with the unit's for the non-local share)."),
        Of(ValueKind.Date, "partyAdmittedOn", "Ngày vào Đảng", "Party admitted on", false, "12/05/1995", "Ngày kết nạp vào Đảng.", "The date admitted to the Party."),
        Choice<EducationLevel>("qualifications.education.level", "Trình độ chuyên môn", "Education", false, "đại học", "Trình độ chuyên môn cao nhất; để trống khi chưa ghi nhận. Ghi cùng ngày cấp bằng.", "The highest education level; blank when not recorded. Give it with the date obtained."),
        Of(ValueKind.Date, "qualifications.education.obtainedOn", "Ngày cấp bằng chuyên môn", "Education obtained on", false, "30/06/1992", "Ngày cấp bằng của trình độ chuyên môn.", "The date the education level was obtained."),
        Choice<PoliticalTheoryLevel>("qualifications.politicalTheory.level", "Trình độ lý luận chính trị", "Political theory", false, "cao cấp", "Sơ cấp, trung cấp, cao cấp hoặc cử nhân; để trống khi chưa ghi nhận. Ghi cùng ngày cấp.", "Elementary, intermediate, advanced or bachelor's; blank when not recorded. Give it with the date obtained."),
        Of(ValueKind.Date, "qualifications.politicalTheory.obtainedOn", "Ngày cấp bằng lý luận chính trị", "Political theory obtained on", false, "15/12/2012", "Ngày cấp bằng hoặc giấy chứng nhận lý luận chính trị.", "The date the political theory level was obtained."),
        Choice<StateManagementLevel>("qualifications.stateManagement.level", "Bồi dưỡng quản lý nhà nước", "State management", false, "chuyên viên chính", "Chương trình chuyên viên, chuyên viên chính hoặc chuyên viên cao cấp; để trống khi chưa ghi nhận. Ghi cùng ngày cấp.", "The specialist, principal specialist or senior specialist programme; blank when not recorded. Give it with the date obtained."),
        Of(ValueKind.Date, "qualifications.stateManagement.obtainedOn", "Ngày cấp chứng chỉ quản lý nhà nước", "State management obtained on", false, "20/10/2014", "Ngày cấp chứng chỉ bồi dưỡng quản lý nhà nước.", "The date the state-management certificate was obtained."),
        Text("positions[].title", "Chức vụ", "Position title", true, "Bí thư Đảng ủy", "Một dòng cho mỗi chức vụ đã và đang giữ.", "One row per position held."),
        Text("positions[].unit", "Đơn vị công tác", "Position unit", true, "Đảng ủy xã Minh Khê Thượng", "Đơn vị của chức vụ.", "The position's unit."),
        Choice<OrganisationalLevel>("positions[].level", "Cấp", "Level", true, "cấp xã", "Cấp của đơn vị.", "The unit's level."),
        Of(ValueKind.Date, "positions[].start", "Từ ngày", "Start", true, "01/07/2015", "Ngày bắt đầu giữ chức vụ.", "The first day in the position."),
        Of(ValueKind.Date, "positions[].end", "Đến ngày", "End", false, "", "Ngày thôi giữ chức vụ; để trống khi đang giữ.", "The last day in the position; blank while held."),
        Of(ValueKind.Boolean, "positions[].leadership", "Chức vụ lãnh đạo", "Leadership", false, "có", "Chức vụ lãnh đạo, quản lý.", "Whether a leadership post."),
        Of(ValueKind.Integer, "positions[].rank", "Bậc chức vụ", "Rank", false, "5", "Thứ bậc của chức vụ (số lớn hơn là cao hơn), dùng khi so sánh chức vụ.", "The post's rank (higher is more senior), to compare posts."),
        .. Discipline.Select(c => c with { Path = "discipline[]" + c.Path["discipline[]".Length..] }),
        Of(ValueKind.Integer, "evaluations[].year", "Năm xếp loại", "Evaluation year", true, "2024", "Một dòng cho mỗi năm và mỗi khối đánh giá.", "One row per year and track."),
        Choice<EvaluationTrack>("evaluations[].track", "Khối xếp loại", "Evaluation track", true, "bên đảng", "Xếp loại đảng viên hay xếp loại cán bộ, công chức.", "Party or state evaluation."),
        Choice<EvaluationLevel>("evaluations[].level", "Mức xếp loại", "Evaluation level", false, "HTT", "HTXS, HTT, HTNV hoặc KHT; để trống khi năm đó không xếp loại.", "HTXS, HTT, HTNV or KHT; blank when not rated that year."),
    ]);

    /// <summary>Gets the evaluation sheet layout: one row per person; a row repeating the id adds a discipline.</summary>
    public static SheetLayout Evaluations { get; } = new(DocumentKind.EvaluationSheet, "Đánh giá", "people", "id",
    [
        Of(ValueKind.Integer, "$.year", "Năm đánh giá", "Year", true, "2025", "Năm được đánh giá (giống nhau trên mọi dòng).", "The year evaluated (the same on every row)."),
        Text("$.organisation", "Tổ chức", "Organisation", false, "Đảng bộ xã Minh Khê Thượng", "Tên cơ quan, tổ chức (giống nhau trên mọi dòng).", "The organisation (the same on every row)."),
        Text("id", "Mã", "Id", true, "MKT-001", "Mã riêng của mỗi người.", "Each person's own id."),
        Text("name", "Họ và tên", "Name", false, "Nguyễn Văn A", "Họ và tên.", "Full name."),
        Text("unit", "Đơn vị", "Unit", true, "Chi bộ cơ quan", "Đơn vị tính tỷ lệ HTXS.", "The unit the HTXS quota is counted in."),
        Text("peerGroup", "Nhóm so sánh", "Peer group", true, "đảng viên", "Nhóm trong đơn vị tính tỷ lệ (ví dụ đảng viên, lãnh đạo).", "The group within the unit the quota is counted in."),
        Of(ValueKind.Boolean, "unitIsOutstanding", "Đơn vị được xếp HTXS", "Unit is outstanding", false, "không", "Đơn vị được xếp loại HTXS (tỷ lệ cao hơn).", "Whether the unit is rated outstanding (a larger quota)."),
        Choice<SubjectKind>("subjectKind", "Đối tượng", "Subject kind", true, "đảng viên", "Loại đối tượng đánh giá.", "Who is evaluated."),
        Of(ValueKind.Date, "evaluatedOn", "Ngày đánh giá", "Evaluated on", true, "15/12/2025", "Ngày đánh giá (chọn quy định có hiệu lực).", "The date of the evaluation (picks the regulation in force)."),
        Choice<EvaluationRole>("role", "Vai trò", "Role", false, "không giữ chức vụ lãnh đạo", "Có giữ chức vụ lãnh đạo, quản lý, hay là tập thể; để trống là không lãnh đạo.", "Leader, non-leader or collective; blank is non-leader."),
        Of(ValueKind.Integer, "tasks.total", "Tổng số nhiệm vụ", "Tasks total", true, "10", "Số nhiệm vụ được giao.", "Tasks assigned."),
        Of(ValueKind.Integer, "tasks.completed", "Số nhiệm vụ hoàn thành", "Tasks completed", true, "10", "Số nhiệm vụ hoàn thành.", "Tasks completed."),
        Of(ValueKind.Integer, "tasks.onTimeAndQuality", "Hoàn thành đúng hạn, bảo đảm chất lượng", "On time and quality", true, "10", "Số nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng.", "Tasks completed on time and to quality."),
        Of(ValueKind.Integer, "tasks.exceeded", "Hoàn thành vượt mức", "Tasks exceeded", false, "4", "Số nhiệm vụ hoàn thành vượt mức.", "Tasks exceeded."),
        Of(ValueKind.Integer, "tasks.lateOrBelowQuality", "Chậm hoặc chưa bảo đảm chất lượng", "Late or below quality", false, "", "Số nhiệm vụ chậm hoặc chưa bảo đảm chất lượng.", "Tasks late or below quality."),
        Of(ValueKind.Integer, "tasks.failed", "Không hoàn thành", "Tasks failed", false, "", "Số nhiệm vụ không hoàn thành.", "Tasks not completed."),
        Of(ValueKind.Number, "score.general", "Điểm tiêu chí chung", "General score", false, "28,5", "Điểm tiêu chí chung (0–30), khi đánh giá bằng điểm; đi cùng điểm kết quả.", "General criteria score (0–30) where scores are used; with the results score."),
        Of(ValueKind.Number, "score.results", "Điểm kết quả nhiệm vụ", "Results score", false, "65,5", "Điểm kết quả thực hiện nhiệm vụ (0–70).", "Task results score (0–70)."),
        Choice<CriterionGrade>("grades.general", "Mức tiêu chí chung", "General grade", false, "", "Mức đạt tiêu chí chung, khi đánh giá bằng mức; đi cùng mức kết quả.", "General criteria grade where grades are used; with the results grade."),
        Choice<CriterionGrade>("grades.results", "Mức kết quả nhiệm vụ", "Results grade", false, "", "Mức kết quả thực hiện nhiệm vụ.", "Task results grade."),
        Of(ValueKind.Integer, "leader.unitTasks.total", "Đơn vị: tổng số nhiệm vụ", "Unit tasks total", false, "", "Người lãnh đạo: số nhiệm vụ của đơn vị phụ trách.", "A leader's unit: tasks assigned."),
        Of(ValueKind.Integer, "leader.unitTasks.completed", "Đơn vị: số hoàn thành", "Unit tasks completed", false, "", "Người lãnh đạo: số nhiệm vụ đơn vị hoàn thành.", "A leader's unit: tasks completed."),
        Of(ValueKind.Integer, "leader.unitTasks.onTimeAndQuality", "Đơn vị: đúng hạn, bảo đảm chất lượng", "Unit tasks on time and quality", false, "", "Người lãnh đạo: số nhiệm vụ đơn vị hoàn thành đúng hạn, bảo đảm chất lượng.", "A leader's unit: tasks on time and to quality."),
        Of(ValueKind.Integer, "leader.unitTasks.exceeded", "Đơn vị: vượt mức", "Unit tasks exceeded", false, "", "Người lãnh đạo: số nhiệm vụ đơn vị vượt mức.", "A leader's unit: tasks exceeded."),
        Of(ValueKind.Integer, "leader.unitTasks.lateOrBelowQuality", "Đơn vị: chậm hoặc chưa bảo đảm", "Unit tasks late or below quality", false, "", "Người lãnh đạo: số nhiệm vụ đơn vị chậm hoặc chưa bảo đảm chất lượng.", "A leader's unit: tasks late or below quality."),
        Of(ValueKind.Integer, "leader.unitTasks.failed", "Đơn vị: không hoàn thành", "Unit tasks failed", false, "", "Người lãnh đạo: số nhiệm vụ đơn vị không hoàn thành.", "A leader's unit: tasks failed."),
        Of(ValueKind.Integer, "leader.subordinateUnits", "Số đơn vị trực thuộc", "Subordinate units", false, "", "Người lãnh đạo: số đơn vị trực thuộc.", "A leader: subordinate units."),
        Of(ValueKind.Integer, "leader.unitsAtLeastComplete", "Đơn vị trực thuộc từ HTNV", "Units at least complete", false, "", "Số đơn vị trực thuộc xếp loại từ HTNV trở lên.", "Subordinate units rated complete or better."),
        Of(ValueKind.Integer, "leader.unitsAtLeastGood", "Đơn vị trực thuộc từ HTT", "Units at least good", false, "", "Số đơn vị trực thuộc xếp loại từ HTT trở lên.", "Subordinate units rated good or better."),
        Of(ValueKind.Integer, "leader.unitsNotComplete", "Đơn vị trực thuộc KHT", "Units not complete", false, "", "Số đơn vị trực thuộc xếp loại KHT.", "Subordinate units rated not complete."),
        Of(ValueKind.Integer, "leader.confidenceVotesCast", "Số phiếu lấy tín nhiệm", "Confidence votes cast", false, "", "Số phiếu trong lần lấy phiếu tín nhiệm.", "Votes cast in the confidence vote."),
        Of(ValueKind.Integer, "leader.lowConfidenceVotes", "Số phiếu tín nhiệm thấp", "Low confidence votes", false, "", "Số phiếu tín nhiệm thấp.", "Low-confidence votes."),
        Of(ValueKind.Integer, "leader.socioEconomicTargetsMissed", "Chỉ tiêu KT-XH không đạt", "Targets missed", false, "", "Số chỉ tiêu kinh tế - xã hội không đạt.", "Socio-economic targets missed."),
        Of(ValueKind.Integer, "leader.socioEconomicTargetsAssigned", "Chỉ tiêu KT-XH được giao", "Targets assigned", false, "", "Số chỉ tiêu kinh tế - xã hội được giao.", "Socio-economic targets assigned."),
        Of(ValueKind.Boolean, "leader.corruptionInScopeDisciplined", "Để xảy ra tham nhũng bị xử lý", "Corruption in scope disciplined", false, "", "Người lãnh đạo bị xử lý vì để xảy ra tham nhũng trong phạm vi phụ trách.", "Disciplined for corruption in the leader's scope."),
        Choice<EvaluationLevel>("leader.unitLevel", "Xếp loại đơn vị phụ trách", "Unit level", false, "", "Mức xếp loại của đơn vị người lãnh đạo phụ trách.", "The level of the leader's unit."),
        Of(ValueKind.Integer, "collective.monthsSinceEstablished", "Tập thể: số tháng từ khi thành lập", "Months since established", false, "", "Tập thể: số tháng hoạt động.", "A collective: months since established."),
        Of(ValueKind.Integer, "collective.subordinateUnits", "Tập thể: số đơn vị trực thuộc", "Collective subordinate units", false, "", "Tập thể: số đơn vị trực thuộc.", "A collective: subordinate units."),
        Of(ValueKind.Integer, "collective.subordinateUnitsNotComplete", "Tập thể: đơn vị trực thuộc KHT", "Subordinate units not complete", false, "", "Số đơn vị trực thuộc bị xếp loại Không hoàn thành nhiệm vụ.", "Subordinate units rated Không hoàn thành nhiệm vụ (did not complete duties)."),
        Of(ValueKind.Integer, "collective.subordinateUnitsDisciplined", "Tập thể: đơn vị trực thuộc bị kỷ luật", "Subordinate units disciplined", false, "", "Số đơn vị trực thuộc bị kỷ luật.", "Subordinate units disciplined."),
        Of(ValueKind.Integer, "collective.leadershipMembersDisciplined", "Tập thể: lãnh đạo bị kỷ luật", "Leaders disciplined", false, "", "Số thành viên lãnh đạo bị kỷ luật.", "Leadership members disciplined."),
        Of(ValueKind.Integer, "collective.leadershipMembersDegraded", "Tập thể: lãnh đạo suy thoái", "Leaders degraded", false, "", "Số thành viên lãnh đạo suy thoái.", "Leadership members degraded."),
        Of(ValueKind.Boolean, "collective.leadershipCollectiveDisciplined", "Tập thể lãnh đạo bị kỷ luật", "Leadership collective disciplined", false, "", "Tập thể lãnh đạo bị kỷ luật.", "The leadership collective disciplined."),
        Of(ValueKind.Boolean, "collective.personnelWrongdoingConcluded", "Có kết luận sai phạm về công tác cán bộ", "Personnel wrongdoing concluded", false, "", "Có kết luận sai phạm trong công tác cán bộ.", "Wrongdoing in personnel work concluded."),
        Of(ValueKind.Integer, "collective.socioEconomicTargetsMissed", "Tập thể: chỉ tiêu không đạt", "Collective targets missed", false, "", "Tập thể: số chỉ tiêu không đạt.", "A collective: targets missed."),
        Of(ValueKind.Integer, "collective.socioEconomicTargetsAssigned", "Tập thể: chỉ tiêu được giao", "Collective targets assigned", false, "", "Tập thể: số chỉ tiêu được giao.", "A collective: targets assigned."),
        .. Discipline,
        Of(ValueKind.Boolean, "degraded", "Suy thoái", "Degraded", false, "", "Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.", "Political, ethical or lifestyle degradation."),
        Of(ValueKind.Boolean, "breachedProhibitions", "Vi phạm điều cấm", "Breached prohibitions", false, "", "Vi phạm những điều đảng viên không được làm.", "Breached the prohibitions."),
        Of(ValueKind.Integer, "monthsWorked", "Số tháng công tác", "Months worked", false, "", "Số tháng công tác trong năm.", "Months worked in the year."),
        Of(ValueKind.Integer, "sickLeaveMonths", "Số tháng nghỉ ốm", "Sick leave months", false, "", "Số tháng nghỉ ốm.", "Months of sick leave."),
        Of(ValueKind.Integer, "otherLeaveMonths", "Số tháng nghỉ khác", "Other leave months", false, "", "Số tháng nghỉ vì lý do khác.", "Months of other leave."),
        Of(ValueKind.Boolean, "maternityLeave", "Nghỉ thai sản", "Maternity leave", false, "", "Nghỉ thai sản trong năm.", "Maternity leave in the year."),
        Of(ValueKind.Date, "partyAdmittedOn", "Ngày vào Đảng", "Party admitted on", false, "23/07/1987", "Ngày kết nạp vào Đảng.", "The date admitted to the Party."),
        Of(ValueKind.Boolean, "exemptFromPartyActivities", "Miễn sinh hoạt đảng", "Exempt from party activities", false, "", "Được miễn công tác và sinh hoạt đảng.", "Exempt from party work and activities."),
        Of(ValueKind.Boolean, "partySuspended", "Đình chỉ sinh hoạt đảng", "Party suspended", false, "", "Bị đình chỉ sinh hoạt đảng.", "Party activities suspended."),
        Choice<EvaluationLevel>("stateLevel", "Xếp loại cán bộ, công chức", "State level", false, "", "Mức xếp loại cán bộ, công chức, viên chức cùng năm (cho đảng viên).", "The same year's state evaluation level (for a party member)."),
        Of(ValueKind.Integer, "priorShortcomingsFound", "Hạn chế được chỉ ra năm trước", "Prior shortcomings found", false, "", "Số hạn chế, khuyết điểm được chỉ ra năm trước.", "Shortcomings found the year before."),
        Of(ValueKind.Integer, "priorShortcomingsFixed", "Hạn chế đã khắc phục", "Prior shortcomings fixed", false, "", "Số hạn chế, khuyết điểm đã khắc phục.", "Shortcomings since fixed."),
        Text("mitigationReason", "Lý do khách quan", "Mitigation reason", false, "", "Lý do khách quan được xem xét khi xếp loại.", "An objective reason weighed in the rating."),
    ]);

    /// <summary>Gets the planning list layout: one row per person planned for a title; a row with a title and no
    /// person declares a title; a row with a person and no title declares a candidate.</summary>
    public static SheetLayout Planning { get; } = new(DocumentKind.PlanningList, "Quy hoạch", null, null,
    [
        Of(ValueKind.Date, "$.date", "Ngày phê duyệt", "Date", true, "20/12/2025", "Ngày phê duyệt danh sách (giống nhau trên mọi dòng).", "The date of the list (the same on every row)."),
        Of(ValueKind.Date, "$.term.start", "Nhiệm kỳ bắt đầu", "Term start", true, "01/07/2030", "Ngày bắt đầu nhiệm kỳ quy hoạch.", "The first day of the term planned for."),
        Of(ValueKind.Integer, "$.term.years", "Số năm nhiệm kỳ", "Term years", false, "5", "Độ dài nhiệm kỳ, năm (mặc định 5).", "The term's length in years (default 5)."),
        Of(ValueKind.Month, "$.ageReferenceMonth", "Tháng tính tuổi", "Age reference month", false, "07/2030", "Tháng tính tuổi quy hoạch; để trống là tháng bắt đầu nhiệm kỳ.", "The month ages are counted at; blank is the term's first month."),
        Text("titles[].id", "Mã chức danh", "Title id", true, "bt", "Mã chức danh quy hoạch; các thông tin chức danh chỉ cần ghi ở dòng đầu tiên của chức danh.", "The title's id; its details need only be given on its first row."),
        Text("titles[].name", "Tên chức danh", "Title name", true, "Bí thư Đảng ủy xã", "Tên chức danh.", "The title's name."),
        Choice<OrganisationalLevel>("titles[].level", "Cấp chức danh", "Title level", true, "cấp xã", "Cấp của chức danh.", "The title's level."),
        Of(ValueKind.Integer, "titles[].seats", "Số lượng chức danh", "Seats", false, "1", "Số người giữ chức danh (mặc định 1).", "How many hold the title (default 1)."),
        Of(ValueKind.Integer, "titles[].rank", "Bậc chức danh", "Title rank", false, "5", "Thứ bậc của chức danh (so với bậc chức vụ hiện tại).", "The title's rank (against the current rank)."),
        Choice<PlanningTitleKind>("titles[].kind", "Loại chức danh", "Title kind", false, "", "Chức danh lãnh đạo hay thành viên cấp ủy.", "A leadership title or committee membership."),
        Text("titles[].group", "Nhóm chức danh", "Title group", false, "", "Nhóm các chức danh tính chung số lượng.", "A group of titles counted together."),
        Of(ValueKind.Boolean, "titles[].managedCentrally", "Do Bộ Chính trị hoặc Ban Bí thư quản lý", "Managed centrally", false, "", "Chức danh do Bộ Chính trị, Ban Bí thư quản lý (tiêu chuẩn lý luận chính trị cao cấp, không hoàn thiện sau).", "Managed by the Politburo or the Secretariat (the central political-theory standard, no later training)."),
        Text("candidates[].cadreRef", "Mã cán bộ", "Cadre id", true, "MKT-002", "Mã người trong danh sách cán bộ (--roster); thông tin ứng viên chỉ cần ghi ở dòng đầu tiên của người đó.", "The person's id in the roster (--roster); their details need only be given on their first row."),
        Of(ValueKind.Integer, "candidates[].currentRank", "Bậc chức vụ hiện tại", "Current rank", false, "4", "Bậc của chức vụ đang giữ.", "The rank of the post held."),
        Of(ValueKind.Boolean, "candidates[].appointmentProposed", "Đề nghị bổ nhiệm", "Appointment proposed", false, "", "Đang được đề nghị bổ nhiệm.", "Proposed for appointment."),
        Of(ValueKind.Boolean, "candidates[].failsPoliticalStandard", "Không đạt tiêu chuẩn chính trị", "Fails political standard", false, "", "Không đạt tiêu chuẩn chính trị.", "Fails the political standard."),
        Of(ValueKind.Boolean, "candidates[].hasTrainingPlan", "Có kế hoạch đào tạo lý luận chính trị", "Training plan", false, "", "Có kế hoạch đào tạo, bồi dưỡng để hoàn thiện trình độ lý luận chính trị (xét cho đối tượng 2).", "A training plan will complete the political-theory level (read for the second group)."),
        Choice<PlanningTier>("entries[].tier", "Diện quy hoạch", "Tier", false, "", "Quy hoạch lên một cấp hay vượt cấp.", "One level up or two."),
    ]);

    /// <summary>Gets the planning review layout: the planning list's columns (its date and term under <c>$.plan</c>),
    /// the review date, and a yes/no column marking a row (title and cadre) as a proposed addition rather than an entry
    /// of the list. A proposed addition's cadre who is not a candidate of the list is one whose current facts come from
    /// the roster (<c>currentFacts</c>).</summary>
    public static SheetLayout Review { get; } = new(DocumentKind.PlanningReview, "Rà soát quy hoạch", null, null,
    [
        Of(ValueKind.Date, "$.reviewDate", "Ngày rà soát", "Review date", true, "15/12/2026", "Ngày rà soát quy hoạch (giống nhau trên mọi dòng); không trước ngày phê duyệt danh sách.", "The date of the review (the same on every row); not before the list's date."),
        .. Planning.Columns.Select(c => c.IsDocument ? c with { Path = "$.plan." + c.Path[2..] } : c),
        Of(ValueKind.Boolean, "proposedAdditions[]", "Đề xuất bổ sung", "Proposed addition", false, "không", "Có: dòng này (mã chức danh và mã cán bộ) là đề xuất bổ sung vào quy hoạch khi rà soát, không phải người đã có trong danh sách. Người được đề xuất chưa là ứng viên của danh sách được xét theo thông tin hiện tại trong danh sách cán bộ (--roster).", "Yes: this row (title id and cadre id) proposes adding the person to the list at the review rather than being on it. A person proposed who is not a candidate of the list is judged on their current facts in the roster (--roster)."),
    ]);

    /// <summary>Gets the rotation requests layout: one row per request, the cadre named by id in a roster.</summary>
    public static SheetLayout Rotations { get; } = new(DocumentKind.RotationRequests, "Luân chuyển", "requests", null,
    [
        Text("cadreRef", "Mã cán bộ", "Cadre id", true, "MKT-017", "Mã người trong danh sách cán bộ (--roster).", "The person's id in the roster (--roster)."),
        Of(ValueKind.Date, "start", "Ngày bắt đầu", "Start", true, "01/03/2026", "Ngày bắt đầu luân chuyển.", "The first day of the rotation."),
        Of(ValueKind.Date, "plannedEnd", "Ngày kết thúc dự kiến", "Planned end", true, "28/02/2029", "Ngày kết thúc dự kiến.", "The planned last day."),
        Choice<OrganisationalLevel>("fromLevel", "Từ cấp", "From level", true, "cấp xã", "Cấp của nơi đang công tác.", "The level moved from."),
        Choice<OrganisationalLevel>("toLevel", "Đến cấp", "To level", true, "cấp cơ sở", "Cấp của nơi đến.", "The level moved to."),
        Of(ValueKind.Boolean, "sameLocality", "Cùng địa phương", "Same locality", true, "có", "Nơi đến cùng địa phương (tỉnh) với nơi đi.", "Whether within the same locality."),
        Choice<PostComparison>("comparison", "Chức vụ nơi đến so với hiện tại", "Comparison", true, "tương đương", "Chức vụ nơi đến thấp hơn, tương đương hay cao hơn.", "The post moved to: lower, equivalent or higher."),
        Of(ValueKind.Boolean, "isInPlanning", "Trong quy hoạch", "In planning", true, "có", "Người được luân chuyển có trong quy hoạch.", "Whether in the planning list."),
        Of(ValueKind.Boolean, "isUnderDisciplinaryReview", "Đang bị xem xét kỷ luật", "Under disciplinary review", false, "", "Đang bị xem xét kỷ luật.", "Under disciplinary review."),
        Of(ValueKind.Boolean, "isOutstanding", "Đặc biệt xuất sắc", "Outstanding", false, "", "Có thành tích đặc biệt xuất sắc.", "Outstanding record."),
        Of(ValueKind.Boolean, "createsNewTitle", "Phát sinh chức danh mới", "Creates new title", false, "", "Luân chuyển làm phát sinh chức danh mới.", "Whether a new title is created."),
        Choice<RotationPurpose>("purpose", "Mục đích", "Purpose", false, "", "Mục đích luân chuyển.", "The purpose."),
        Text("competentLevelDecision", "Quyết định của cấp có thẩm quyền", "Competent level decision", false, "", "Số, ngày quyết định của cấp có thẩm quyền cho trường hợp đặc biệt.", "The competent level's decision for a special case."),
    ]);

    /// <summary>Gets the appointment dossiers layout: one row per dossier, the cadre named by id in a roster.</summary>
    public static SheetLayout Appointments { get; } = new(DocumentKind.AppointmentRequests, "Bổ nhiệm", "requests", null,
    [
        Text("cadreRef", "Mã cán bộ", "Cadre id", true, "MKT-002", "Mã người trong danh sách cán bộ (--roster).", "The person's id in the roster (--roster)."),
        Choice<AppointmentKind>("kind", "Loại bổ nhiệm", "Kind", true, "bổ nhiệm lần đầu", "Lần đầu, lên chức vụ cao hơn, hay chức vụ tương đương hoặc thấp hơn.", "First, higher, or equivalent or lower."),
        Of(ValueKind.Date, "dossierReceivedOn", "Ngày nhận hồ sơ", "Dossier received on", true, "01/09/2021", "Ngày cơ quan có thẩm quyền nhận đủ hồ sơ.", "The date the full dossier was received."),
        Of(ValueKind.Boolean, "isPlanned", "Trong quy hoạch", "Planned", true, "có", "Người được đề nghị có trong quy hoạch chức vụ.", "Whether planned for the post."),
        Text("currentPost.title", "Chức vụ hiện tại", "Current post", false, "", "Chức vụ đang giữ (khi bổ nhiệm chức vụ cao hơn hay tương đương).", "The post held (for a higher or equivalent post)."),
        Text("currentPost.unit", "Đơn vị hiện tại", "Current unit", false, "", "Đơn vị của chức vụ đang giữ.", "The unit of the post held."),
        Choice<OrganisationalLevel>("currentPost.level", "Cấp hiện tại", "Current level", false, "", "Cấp của chức vụ đang giữ.", "The level of the post held."),
        Of(ValueKind.Date, "currentPost.start", "Giữ chức vụ từ ngày", "Current post start", false, "", "Ngày bắt đầu giữ chức vụ hiện tại.", "The first day in the post held."),
        Of(ValueKind.Date, "currentPost.end", "Giữ chức vụ đến ngày", "Current post end", false, "", "Ngày thôi giữ; để trống khi đang giữ.", "The last day; blank while held."),
        Of(ValueKind.Boolean, "currentPost.leadership", "Chức vụ hiện tại là lãnh đạo", "Current post leadership", false, "", "Chức vụ đang giữ là chức vụ lãnh đạo.", "Whether the post held is a leadership post."),
        Of(ValueKind.Integer, "currentPost.rank", "Bậc chức vụ hiện tại", "Current post rank", false, "", "Bậc của chức vụ đang giữ.", "The rank of the post held."),
        Of(ValueKind.Boolean, "forStructuralCommitteeSeat", "Bố trí cơ cấu cấp ủy", "Structural committee seat", false, "", "Bổ nhiệm để bố trí cơ cấu cấp ủy.", "For a structural committee seat."),
        Text("timeInPostDecision", "Quyết định về thời gian giữ chức vụ", "Time-in-post decision", false, "", "Quyết định của cấp có thẩm quyền khi chưa đủ thời gian giữ chức vụ.", "The competent level's decision on time in post."),
        Text("ageSpecialCaseDecision", "Quyết định về tuổi (trường hợp đặc biệt)", "Age special-case decision", false, "", "Quyết định của cấp có thẩm quyền khi không đủ tuổi bổ nhiệm.", "The competent level's decision on age."),
    ]);

    /// <summary>Gets every layout.</summary>
    public static IReadOnlyList<SheetLayout> All { get; } =
    [
        Roster, Evaluations, Planning, Review, Rotations, Appointments,
        FamilySheetLayouts.PositionChanges, FamilySheetLayouts.CommitteeCandidacies, FamilySheetLayouts.KeyPosts, FamilySheetLayouts.Body,
    ];

    /// <summary>The layout of a kind, or null.</summary>
    public static SheetLayout? ForKind(DocumentKind kind) => All.FirstOrDefault(l => l.Kind == kind);

    /// <summary>The layout whose columns the headers match best (a sheet named as a layout wins), or null when none matches.</summary>
    public static SheetLayout? Detect(string? sheetName, IReadOnlyList<string?> headers)
    {
        if (All.FirstOrDefault(l => string.Equals(l.SheetName, sheetName, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named;
        }

        var keys = new HashSet<string>(headers.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => HeaderKey(h!)), StringComparer.Ordinal);
        SheetLayout? best = null;
        double bestScore = 0;
        foreach (SheetLayout layout in All)
        {
            int matched = layout.Columns.Count(c => keys.Contains(HeaderKey(c.Header)) || keys.Contains(HeaderKey(c.EnglishHeader)));
            int required = layout.Columns.Count(c => c.Required && (keys.Contains(HeaderKey(c.Header)) || keys.Contains(HeaderKey(c.EnglishHeader))));
            double score = matched + (2.0 * required) - (0.01 * layout.Columns.Count);
            if (matched > 0 && score > bestScore)
            {
                best = layout;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>A header compared without case, surrounding spaces or a trailing asterisk, in composed Unicode.</summary>
    public static string HeaderKey(string header) =>
        header.Normalize(System.Text.NormalizationForm.FormC).Trim().TrimEnd('*').Trim().ToLowerInvariant();
}

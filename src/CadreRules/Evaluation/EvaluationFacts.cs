using System;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The evaluation family's fact catalogue: the named facts of an <see cref="EvaluationInput"/> that a province's rule
/// written as data may read (an extra condition for a level, an exclusion, a ground for Không hoàn thành nhiệm vụ, a
/// cap, or the replacement of a named rule). A rule written in C# reads the <see cref="EvaluationInput"/> itself.
/// </summary>
/// <remarks>
/// <para>Shares are exact (a count over a total) and unknown when the total is 0; the leader's facts are unknown for a
/// subject without <see cref="EvaluationInput.Leader"/>, the collective's without <see cref="EvaluationInput.Collective"/>.
/// A comparison with an unknown fact neither holds nor fails (see <see cref="FactCondition"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public static class EvaluationFacts
{
    private static readonly ImmutableArray<ImmutableArray<string>> Levels =
    [
        ["HTXS", "Excellent", "Hoàn thành xuất sắc nhiệm vụ"],
        ["HTT", "Good", "Hoàn thành tốt nhiệm vụ"],
        ["HTNV", "Complete", "Hoàn thành nhiệm vụ"],
        ["KHT", "NotComplete", "Không hoàn thành nhiệm vụ"],
    ];

    private static readonly ImmutableArray<ImmutableArray<string>> Grades =
    [
        ["Excellent", "Xuất sắc"],
        ["Good", "Tốt"],
        ["Average", "Trung bình"],
        ["Poor", "Kém"],
    ];

    /// <summary>Gets the facts a data rule on an evaluation may read, e.g. <c>score</c> (points),
    /// <c>tasks.exceededShare</c> (a share such as <c>30%</c>), <c>discipline.count</c>, <c>stateLevel</c> (a level such as
    /// <c>HTT</c>), <c>monthsWorked</c> (months).</summary>
    public static FactCatalog<EvaluationInput> Catalog { get; } = new(
    [
        FactDefinition<EvaluationInput>.Number("score", "points",
            Text("Tổng điểm đánh giá (thang 100 điểm)", "The total score (100-point scale)"), "92.5", static f => f.HasScore ? f.ScoreTotal : null),
        FactDefinition<EvaluationInput>.Integer("tasks.total", "tasks",
            Text("Số nhiệm vụ, chỉ tiêu được giao trong năm", "Tasks or targets assigned in the year"), "10", static f => f.Tasks.Total),
        TaskShare("tasks.completedShare", static t => t.Completed, Text("Tỉ lệ nhiệm vụ hoàn thành", "Share of tasks completed"), "100%"),
        TaskShare("tasks.onTimeShare", static t => t.OnTimeAndQuality, Text("Tỉ lệ nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng", "Share of tasks done on time and to quality"), "100%"),
        TaskShare("tasks.exceededShare", static t => t.Exceeded, Text("Tỉ lệ nhiệm vụ vượt mức", "Share of tasks exceeded"), "30%"),
        TaskShare("tasks.lateShare", static t => t.LateOrBelowQuality, Text("Tỉ lệ nhiệm vụ chậm tiến độ hoặc chưa bảo đảm chất lượng", "Share of tasks late or below quality"), "20%"),
        TaskShare("tasks.failedShare", static t => t.Failed, Text("Tỉ lệ nhiệm vụ không hoàn thành", "Share of tasks not completed"), "0%"),
        FactDefinition<EvaluationInput>.Integer("discipline.count", "decisions",
            Text("Số quyết định kỷ luật trong năm đánh giá (Đảng hoặc chính quyền)", "Discipline decisions taken in the evaluation year (Party or State)"), "0",
            static f => f.CountDiscipline(DisciplineFilter.None)),
        FactDefinition<EvaluationInput>.Integer("discipline.dutyRelatedCount", "decisions",
            Text("Số quyết định kỷ luật trong năm về vi phạm liên quan đến thực thi công vụ", "Discipline decisions in the year for violations related to public duty"), "0",
            static f => f.CountDiscipline(DisciplineFilter.DutyRelated)),
        FactDefinition<EvaluationInput>.Boolean("degraded",
            Text("Bị kết luận suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"", "Concluded degraded (suy thoái, \"tự diễn biến\", \"tự chuyển hóa\")"), "false", static f => f.Degraded),
        FactDefinition<EvaluationInput>.Boolean("breachedProhibitions",
            Text("Vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương", "Breached what members must not do, or the duty to set an example"), "false",
            static f => f.BreachedProhibitions),
        FactDefinition<EvaluationInput>.Integer("monthsWorked", "months",
            Text("Số tháng thực tế công tác trong năm", "Months actually worked in the year"), "12", static f => f.MonthsWorked),
        FactDefinition<EvaluationInput>.Integer("sickLeaveMonths", "months",
            Text("Số tháng nghỉ ốm trong năm", "Months of sick leave in the year"), "0", static f => f.SickLeaveMonths),
        FactDefinition<EvaluationInput>.Integer("otherLeaveMonths", "months",
            Text("Số tháng nghỉ khác (không phải nghỉ ốm, thai sản) trong năm", "Months of other leave (not sick or maternity) in the year"), "0", static f => f.OtherLeaveMonths),
        FactDefinition<EvaluationInput>.Boolean("maternityLeave",
            Text("Nghỉ thai sản trong năm", "On maternity leave in the year"), "false", static f => f.MaternityLeave),
        FactDefinition<EvaluationInput>.Integer("monthsSinceAdmission", "months",
            Text("Số tháng kể từ ngày vào Đảng đến ngày đánh giá (không rõ khi không có ngày vào Đảng)", "Months from party admission to the evaluation (unknown without an admission date)"), "18",
            static f => f.MonthsSinceAdmission),
        FactDefinition<EvaluationInput>.Scale("stateLevel",
            Text("Mức xếp loại bên chính quyền của năm (nếu có)", "The State-side level of the year (when given)"), "HTT", Levels.Select(static names => names.AsEnumerable()),
            static f => f.StateLevel is { } level ? (int)level : null),
        FactDefinition<EvaluationInput>.Integer("shortcomings.found", "shortcomings",
            Text("Số hạn chế, khuyết điểm được chỉ ra ở lần kiểm điểm trước", "Shortcomings found at the previous review"), "2", static f => f.PriorShortcomingsFound),
        FactDefinition<EvaluationInput>.Integer("shortcomings.fixed", "shortcomings",
            Text("Số hạn chế, khuyết điểm đó đã khắc phục", "Of them, those fixed"), "2", static f => f.PriorShortcomingsFixed),
        FactDefinition<EvaluationInput>.Scale("grades.lowest",
            Text("Mức thấp nhất của các nhóm tiêu chí (chế độ chấm theo mức)", "The lowest grade of the criteria groups (graded regimes)"), "Good", Grades.Select(static names => names.AsEnumerable()),
            static f => f.Grades is { } grades ? (int)grades.Lowest : null),
        FactDefinition<EvaluationInput>.Boolean("leader",
            Text("Là người đứng đầu, cấp phó, người quản lý", "Is a leader or manager"), "false", static f => f.Role == EvaluationRole.Leader),
        FactDefinition<EvaluationInput>.Boolean("collective",
            Text("Là tập thể", "Is a collective"), "false", static f => f.Role == EvaluationRole.Collective),
        UnitShare("unit.completedShare", static t => t.Completed, Text("Tỉ lệ nhiệm vụ hoàn thành của đơn vị trực tiếp lãnh đạo", "Share of tasks completed by the units led"), "100%"),
        UnitShare("unit.onTimeShare", static t => t.OnTimeAndQuality, Text("Tỉ lệ nhiệm vụ đúng tiến độ, bảo đảm chất lượng của đơn vị trực tiếp lãnh đạo", "Share of the units' tasks done on time and to quality"), "100%"),
        UnitShare("unit.exceededShare", static t => t.Exceeded, Text("Tỉ lệ nhiệm vụ vượt mức của đơn vị trực tiếp lãnh đạo", "Share of the units' tasks exceeded"), "30%"),
        FactDefinition<EvaluationInput>.ShareOf("units.atLeastGoodShare",
            Text("Tỉ lệ đơn vị thuộc quyền xếp loại Hoàn thành tốt nhiệm vụ trở lên", "Share of the units under the leader rated HTT or better"), "70%",
            static f => f.Leader is { SubordinateUnits: > 0 } l ? Share.Of(l.UnitsAtLeastGood, l.SubordinateUnits) : null),
        FactDefinition<EvaluationInput>.ShareOf("units.notCompleteShare",
            Text("Tỉ lệ đơn vị thuộc quyền bị xếp loại Không hoàn thành nhiệm vụ", "Share of the units under the leader rated KHT"), "0%",
            static f => f.Leader is { SubordinateUnits: > 0 } l ? Share.Of(l.UnitsNotComplete, l.SubordinateUnits) : null),
        FactDefinition<EvaluationInput>.ShareOf("confidence.lowShare",
            Text("Tỉ lệ phiếu tín nhiệm thấp trong lần lấy phiếu của năm", "Share of low-confidence ballots in the year's confidence vote"), "10%",
            static f => f.Leader is { ConfidenceVotesCast: > 0 } l ? Share.Of(l.LowConfidenceVotes, l.ConfidenceVotesCast) : null),
        FactDefinition<EvaluationInput>.Scale("unit.level",
            Text("Mức xếp loại của đơn vị do người lãnh đạo đứng đầu (nếu có)", "The level of the unit the leader heads (when given)"), "HTT", Levels.Select(static names => names.AsEnumerable()),
            static f => f.Leader?.UnitLevel is { } level ? (int)level : null),
        FactDefinition<EvaluationInput>.Integer("collective.membersDisciplined", "members",
            Text("Số thành viên tập thể lãnh đạo bị kỷ luật trong năm", "Members of the leadership collective disciplined in the year"), "0",
            static f => f.Collective?.LeadershipMembersDisciplined),
        FactDefinition<EvaluationInput>.Integer("collective.unitsDisciplined", "units",
            Text("Số tổ chức trực thuộc bị kỷ luật trong năm", "Subordinate units disciplined in the year"), "0",
            static f => f.Collective?.SubordinateUnitsDisciplined),
    ]);

    private static LocalizedText Text(string vi, string en) => new(vi, en);

    private static FactDefinition<EvaluationInput> TaskShare(string name, Func<TaskCounts, int> count, LocalizedText meaning, string example) =>
        FactDefinition<EvaluationInput>.ShareOf(name, meaning, example, f => f.Tasks.Total > 0 ? Share.Of(count(f.Tasks), f.Tasks.Total) : null);

    private static FactDefinition<EvaluationInput> UnitShare(string name, Func<TaskCounts, int> count, LocalizedText meaning, string example) =>
        FactDefinition<EvaluationInput>.ShareOf(name, meaning, example,
            f => f.Leader is { } leader && leader.UnitTasks.Total > 0 ? Share.Of(count(leader.UnitTasks), leader.UnitTasks.Total) : null);
}

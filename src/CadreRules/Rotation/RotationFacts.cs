using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>
/// The rotation family's fact catalogue: the named facts of a <see cref="RotationCase"/> that a province's requirement
/// written as data may read (added at <see cref="RotationRegulation.Requirement"/>, or replacing a named condition). A
/// rule written in C# reads the <see cref="RotationCase"/> itself.
/// </summary>
/// <remarks>The year of the check is the year the rotation starts. Immutable and thread-safe.</remarks>
public static class RotationFacts
{
    /// <summary>Gets the facts a data rule on a rotation may read, e.g. <c>monthsLeftAtStart</c>, <c>plannedMonths</c>,
    /// <c>inPlanning</c>, <c>evaluation[year-1].level</c>.</summary>
    public static FactCatalog<RotationCase> Catalog { get; } = new(
    [
        FactDefinition<RotationCase>.Integer("monthsLeftAtStart", "months",
            new LocalizedText("Số tháng công tác còn lại đến tuổi nghỉ hưu, tính tại ngày bắt đầu luân chuyển", "Months of service left before retirement age, at the start of the rotation"),
            "60", static f => f.MonthsLeftAtStart),
        FactDefinition<RotationCase>.Integer("plannedMonths", "months",
            new LocalizedText("Thời gian luân chuyển dự kiến (tháng)", "Planned length of the rotation"), "36", static f => f.PlannedMonths),
        FactDefinition<RotationCase>.Boolean("inPlanning", new LocalizedText("Đang trong quy hoạch", "Is in planning"), "true", static f => f.IsInPlanning),
        FactDefinition<RotationCase>.Boolean("underDisciplinaryReview", new LocalizedText("Đang bị xem xét kỷ luật", "Under disciplinary review"), "false", static f => f.IsUnderDisciplinaryReview),
        FactDefinition<RotationCase>.Boolean("outstanding", new LocalizedText("Là cán bộ có năng lực nổi trội", "An outstanding cadre"), "false", static f => f.IsOutstanding),
        FactDefinition<RotationCase>.Boolean("createsNewTitle", new LocalizedText("Làm phát sinh thêm chức danh", "Creates a new title"), "false", static f => f.CreatesNewTitle),
        FactDefinition<RotationCase>.Boolean("sameLocality", new LocalizedText("Luân chuyển trong cùng địa phương", "Within the same locality"), "false", static f => f.SameLocality),
        FactDefinition<RotationCase>.Boolean("forTraining", new LocalizedText("Luân chuyển để đào tạo, rèn luyện", "A rotation for training"), "true", static f => f.Purpose == RotationPurpose.Training),
        FactDefinition<RotationCase>.Boolean("higherPost", new LocalizedText("Chức vụ nơi đến cao hơn", "The post at the destination is higher"), "false", static f => f.Comparison == PostComparison.Higher),
        .. CadreFactDefinitions.For<RotationCase>(static f => f.Cadre, static f => f.Start.Year, new LocalizedText("bắt đầu luân chuyển", "the rotation starts")),
    ]);
}

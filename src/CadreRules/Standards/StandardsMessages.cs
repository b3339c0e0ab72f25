using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Standards;

/// <summary>Templates of the title-standards rules, with what they say when a requirement is not met or cannot be decided.</summary>
internal static class StandardsMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        new("Standards.Title", new LocalizedText(
            "Tiêu chuẩn trình độ của chức danh {title} ngày {assessedOn} ({purpose})",
            "Qualification standards of the title {title} on {assessedOn} ({purpose})")),
        new("Standards.Education", new LocalizedText(
            "Trình độ chuyên môn {held}, chức danh cần từ {required} trở lên",
            "Education {held}; the title needs {required} or higher")),
        new("Standards.PoliticalTheory", new LocalizedText(
            "Trình độ lý luận chính trị {held}, chức danh cần từ {required} trở lên",
            "Political theory {held}; the title needs {required} or higher")),
        new("Standards.StateManagement", new LocalizedText(
            "Bồi dưỡng quản lý nhà nước {held}, chức danh cần chương trình {required} trở lên",
            "State-management training {held}; the title needs the {required} programme or higher")),
        new("Standards.PoliticalTheory.TrainingPlan", new LocalizedText(
            "Đối tượng 2 chưa đạt chuẩn lý luận chính trị có kế hoạch đào tạo, bồi dưỡng để hoàn thiện sau khi được phê duyệt quy hoạch",
            "A second-group candidate short of the political-theory standard has a training plan to complete it after the planning is approved")),
    ];

    public static readonly StatusText[] StatusTexts =
    [
        new(new RuleCode("Standards.Title"), FindingStatus.NotSatisfied, new LocalizedText(
            "Không đạt tiêu chuẩn trình độ của chức danh {title} ngày {assessedOn} ({purpose})",
            "Does not meet the qualification standards of the title {title} on {assessedOn} ({purpose})")),
        new(new RuleCode("Standards.Title"), FindingStatus.NotApplicable, new LocalizedText(
            "Chưa xác định được tiêu chuẩn trình độ của chức danh {title} ngày {assessedOn} ({purpose}): thiếu thông tin về văn bằng, chứng chỉ",
            "The qualification standards of the title {title} on {assessedOn} ({purpose}) cannot be decided: a qualification is not known")),
        new(new RuleCode("Standards.Education"), FindingStatus.NotSatisfied, new LocalizedText(
            "Trình độ chuyên môn {held} thấp hơn mức chức danh cần ({required} trở lên)",
            "Education {held} is below what the title needs ({required} or higher)")),
        new(new RuleCode("Standards.Education"), FindingStatus.NotApplicable, new LocalizedText(
            "Chưa xác định được trình độ chuyên môn ngày xét ({held}); chức danh cần từ {required} trở lên",
            "Education on the date cannot be decided ({held}); the title needs {required} or higher")),
        new(new RuleCode("Standards.PoliticalTheory"), FindingStatus.NotSatisfied, new LocalizedText(
            "Trình độ lý luận chính trị {held} thấp hơn mức chức danh cần ({required} trở lên)",
            "Political theory {held} is below what the title needs ({required} or higher)")),
        new(new RuleCode("Standards.PoliticalTheory"), FindingStatus.NotApplicable, new LocalizedText(
            "Chưa xác định được trình độ lý luận chính trị ngày xét ({held}); chức danh cần từ {required} trở lên",
            "Political theory on the date cannot be decided ({held}); the title needs {required} or higher")),
        new(new RuleCode("Standards.StateManagement"), FindingStatus.NotSatisfied, new LocalizedText(
            "Bồi dưỡng quản lý nhà nước {held} thấp hơn mức chức danh cần (chương trình {required} trở lên)",
            "State-management training {held} is below what the title needs (the {required} programme or higher)")),
        new(new RuleCode("Standards.StateManagement"), FindingStatus.NotApplicable, new LocalizedText(
            "Chưa xác định được bồi dưỡng quản lý nhà nước ngày xét ({held}); chức danh cần chương trình {required} trở lên",
            "State-management training on the date cannot be decided ({held}); the title needs the {required} programme or higher")),
        new(new RuleCode("Standards.PoliticalTheory.TrainingPlan"), FindingStatus.NotSatisfied, new LocalizedText(
            "Đối tượng 2 chưa đạt chuẩn lý luận chính trị nhưng chưa có kế hoạch đào tạo, bồi dưỡng để hoàn thiện",
            "A second-group candidate short of the political-theory standard has no training plan to complete it")),
    ];

    /// <summary>The words of an outcome (also the localization's table of <see cref="StandardsOutcome"/>).</summary>
    public static LocalizedText OutcomeWords(StandardsOutcome outcome) => outcome switch
    {
        StandardsOutcome.Meets => new("đạt tiêu chuẩn", "meets the standards"),
        StandardsOutcome.PendingWithPlan => new("chờ hoàn thiện theo kế hoạch đào tạo", "pending, with a training plan"),
        StandardsOutcome.Fails => new("không đạt tiêu chuẩn", "does not meet the standards"),
        _ => new("chưa xác định được", "undetermined"),
    };

    /// <summary>The words of a planning group (also the localization's table of <see cref="PlanningGroup"/>).</summary>
    public static LocalizedText GroupWords(PlanningGroup group) => group switch
    {
        PlanningGroup.First => new("đối tượng 1", "first group"),
        PlanningGroup.Second => new("đối tượng 2", "second group"),
        _ => new("bổ nhiệm, giới thiệu ứng cử", "appointment or nomination"),
    };

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new(Entries);
}

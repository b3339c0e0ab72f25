using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Appointment;

/// <summary>
/// The committee-membership family's fact catalogue: the named facts of a <see cref="CommitteeCandidacy"/> that a
/// province's requirement written as data may read (added at <see cref="CommitteeMembershipRegulation.Requirement"/>, or
/// replacing its condition). A rule written in C# reads the <see cref="CommitteeCandidacy"/> itself.
/// </summary>
/// <remarks>The year of the check is the year of the candidacy's age-reference month. Immutable and thread-safe.</remarks>
public static class CommitteeFacts
{
    /// <summary>Gets the facts a data rule on a committee candidacy may read, e.g. <c>monthsLeft</c>, <c>reElection</c>,
    /// <c>evaluation[year-1].level</c>.</summary>
    public static FactCatalog<CommitteeCandidacy> Catalog { get; } = new(
    [
        FactDefinition<CommitteeCandidacy>.Integer("monthsLeft", "months",
            new LocalizedText("Số tháng công tác còn lại đến tuổi nghỉ hưu, tính tại tháng mốc tuổi của cấp", "Months of service left before retirement age, at the level's age-reference month"),
            "60", static f => f.MonthsLeft),
        FactDefinition<CommitteeCandidacy>.Boolean("reElection", new LocalizedText("Tái cử cấp ủy", "Stands for re-election"), "false", static f => f.IsReElection),
        FactDefinition<CommitteeCandidacy>.Boolean("provincialDeputySecretary", new LocalizedText("Là phó bí thư tỉnh ủy, thành ủy", "A provincial deputy secretary"), "false", static f => f.IsProvincialDeputySecretary),
        FactDefinition<CommitteeCandidacy>.Boolean("provincial", new LocalizedText("Cấp ủy cấp tỉnh", "A provincial committee"), "false", static f => f.Level == CommitteeLevel.Provincial),
        .. CadreFactDefinitions.For<CommitteeCandidacy>(static f => f.Cadre, static f => f.AgeMonth.Year, new LocalizedText("của tháng mốc tuổi", "of the age-reference month")),
    ]);
}

using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Appointment;

/// <summary>
/// The appointment family's fact catalogue: the named facts of an <see cref="AppointmentCase"/> that a province's
/// requirement written as data may read (added at <see cref="AppointmentRegulation.Requirement"/>, or replacing a named
/// condition). A rule written in C# reads the <see cref="AppointmentCase"/> itself.
/// </summary>
/// <remarks>The year of the check is the year the dossier was received. Immutable and thread-safe.</remarks>
public static class AppointmentFacts
{
    /// <summary>Gets the facts a data rule on an appointment may read, e.g. <c>monthsLeft</c>, <c>monthsInPost</c>,
    /// <c>planned</c>, <c>evaluation[year-1].level</c>.</summary>
    public static FactCatalog<AppointmentCase> Catalog { get; } = new(
    [
        FactDefinition<AppointmentCase>.Integer("monthsLeft", "months",
            new LocalizedText("Số tháng công tác còn lại đến tuổi nghỉ hưu, tính tại ngày nhận đủ hồ sơ", "Months of service left before retirement age, when the dossier was received"),
            "60", static f => f.MonthsLeft),
        FactDefinition<AppointmentCase>.Integer("monthsInPost", "months",
            new LocalizedText("Số tháng giữ chức vụ hiện tại hoặc tương đương", "Months in the current or an equivalent post"), "24", static f => f.MonthsInPost),
        FactDefinition<AppointmentCase>.Boolean("planned", new LocalizedText("Đã được quy hoạch chức danh bổ nhiệm hoặc tương đương, cao hơn", "Planned for the title, an equivalent or a higher one"), "true", static f => f.IsPlanned),
        FactDefinition<AppointmentCase>.Boolean("firstOrHigher", new LocalizedText("Bổ nhiệm lần đầu hoặc chức vụ cao hơn", "A first appointment or to a higher post"), "true", static f => f.IsFirstOrHigher),
        FactDefinition<AppointmentCase>.Boolean("structuralCommitteeSeat", new LocalizedText("Cho ghế cơ cấu cấp ủy", "For a structural committee seat"), "false", static f => f.ForStructuralCommitteeSeat),
        .. CadreFactDefinitions.For<AppointmentCase>(static f => f.Cadre, static f => f.DossierReceivedOn.Year, new LocalizedText("nhận hồ sơ", "the dossier was received")),
    ]);
}

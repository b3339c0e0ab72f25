using CadreRules.Rules;

namespace CadreRules.People;

/// <summary>The Vietnamese and English words of the qualification levels and of the discipline forms, for the families'
/// findings and for <c>Localization.Terms</c> (one table, so both say the same).</summary>
internal static class QualificationWords
{
    public static LocalizedText Of(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => new("khiển trách", "reprimand"),
        DisciplineForm.Warning => new("cảnh cáo", "warning"),
        DisciplineForm.SalaryStepReduction => new("hạ bậc lương", "salary step reduction"),
        DisciplineForm.Demotion => new("giáng chức", "demotion"),
        DisciplineForm.Dismissal => new("cách chức", "dismissal from post"),
        DisciplineForm.ForcedResignation => new("buộc thôi việc", "forced resignation"),
        _ => new("khai trừ", "expulsion"),
    };

    public static LocalizedText Of(EducationLevel level) => level switch
    {
        EducationLevel.UpperSecondary => new("trung học phổ thông", "upper secondary"),
        EducationLevel.Vocational => new("trung cấp", "vocational secondary"),
        EducationLevel.College => new("cao đẳng", "college"),
        EducationLevel.University => new("đại học", "university"),
        EducationLevel.Master => new("thạc sĩ", "master's"),
        _ => new("tiến sĩ", "doctorate"),
    };

    public static LocalizedText Of(PoliticalTheoryLevel level) => level switch
    {
        PoliticalTheoryLevel.Elementary => new("sơ cấp", "elementary"),
        PoliticalTheoryLevel.Intermediate => new("trung cấp", "intermediate"),
        PoliticalTheoryLevel.Advanced => new("cao cấp", "advanced"),
        _ => new("cử nhân", "bachelor's"),
    };

    public static LocalizedText Of(StateManagementLevel level) => level switch
    {
        StateManagementLevel.Specialist => new("chuyên viên", "specialist"),
        StateManagementLevel.PrincipalSpecialist => new("chuyên viên chính", "principal specialist"),
        _ => new("chuyên viên cao cấp", "senior specialist"),
    };
}

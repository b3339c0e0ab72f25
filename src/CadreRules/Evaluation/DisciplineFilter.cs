using System;

namespace CadreRules.Evaluation;

/// <summary>Which discipline decisions a rule counts (all of them are in the evaluation year).</summary>
[Flags]
internal enum DisciplineFilter
{
    None = 0,
    DutyRelated = 1,
    PartyOnly = 2,
    AdministrativeOnly = 4,
    ExceptSelfDiscovered = 8,
}

namespace CadreRules.Rotation;

/// <summary>The answer to "may this movement be made as proposed?" in a programme of movements.</summary>
public enum MovementOutcome
{
    /// <summary>Every condition of the regulation in force on the start date is met.</summary>
    Eligible = 0,

    /// <summary>At least one condition fails; the explanation names which.</summary>
    NotEligible = 1,

    /// <summary>No regulation of the catalogue covers this kind of movement on its start date (e.g. a transfer before
    /// 01/07/2025, whose NĐ 138/2020/NĐ-CP clauses the library does not encode): the competent authority decides.</summary>
    Undetermined = 2,
}

namespace CadreRules.People;

/// <summary>How much of a birth date is known.</summary>
public enum BirthDatePrecision
{
    /// <summary>Day, month and year are known.</summary>
    Day = 0,

    /// <summary>Only month and year are known.</summary>
    Month = 1,

    /// <summary>Only the year is known.</summary>
    Year = 2,
}

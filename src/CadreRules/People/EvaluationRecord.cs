using System;

namespace CadreRules.People;

/// <summary>The recorded result of one year's classification.</summary>
/// <param name="Year">The evaluation year.</param>
/// <param name="Track">Party or State.</param>
/// <param name="Level">The level given, or <see langword="null"/> when not rated that year.</param>
/// <remarks>The year must be in <see cref="Rules.DomainCalendar"/> (1900 to 2200), or
/// <see cref="Rules.InputOutOfRangeException"/> names the field <c>year</c>.</remarks>
public sealed record EvaluationRecord(int Year, EvaluationTrack Track, EvaluationLevel? Level)
{
    private readonly int _year = Rules.DomainCalendar.CheckYear(Year, "year");

    /// <summary>Gets the evaluation year.</summary>
    public int Year
    {
        get => _year;
        init => _year = Rules.DomainCalendar.CheckYear(value, "year");
    }

    /// <summary>Gets a value indicating whether the level is KHT.</summary>
    public bool IsNotComplete => Level == EvaluationLevel.NotComplete;
}

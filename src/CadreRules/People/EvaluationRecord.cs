using System;

namespace CadreRules.People;

/// <summary>The recorded result of one year's classification.</summary>
/// <param name="Year">The evaluation year.</param>
/// <param name="Track">Party or State.</param>
/// <param name="Level">The level given, or <see langword="null"/> when not rated that year.</param>
/// <remarks>The year is checked against <see cref="Rules.DomainCalendar"/> (1900 to 2200) where records are used: by
/// <see cref="Cadre"/> and <see cref="Evaluation.EvaluationHistory"/>.</remarks>
public sealed record EvaluationRecord(int Year, EvaluationTrack Track, EvaluationLevel? Level)
{
    /// <summary>Gets a value indicating whether the level is KHT.</summary>
    public bool IsNotComplete => Level == EvaluationLevel.NotComplete;
}

using System;
using CadreRules.Rules;

namespace CadreRules.People;

/// <summary>The names of the four quality levels in Vietnamese and English, with their usual abbreviations.</summary>
public static class EvaluationLevelNames
{
    private static readonly LocalizedText Excellent = new("Hoàn thành xuất sắc nhiệm vụ (HTXS)", "completed duties excellently (HTXS)");
    private static readonly LocalizedText Good = new("Hoàn thành tốt nhiệm vụ (HTT)", "completed duties well (HTT)");
    private static readonly LocalizedText Complete = new("Hoàn thành nhiệm vụ (HTNV)", "completed duties (HTNV)");
    private static readonly LocalizedText NotComplete = new("Không hoàn thành nhiệm vụ (KHT)", "did not complete duties (KHT)");

    /// <summary>Gets the name of a level, e.g. "Hoàn thành tốt nhiệm vụ (HTT)" / "completed duties well (HTT)".</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static LocalizedText Of(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => Excellent,
        EvaluationLevel.Good => Good,
        EvaluationLevel.Complete => Complete,
        EvaluationLevel.NotComplete => NotComplete,
        _ => throw new InputOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    /// <summary>Gets the abbreviation of a level: HTXS, HTT, HTNV or KHT.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static string Abbreviation(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => "HTXS",
        EvaluationLevel.Good => "HTT",
        EvaluationLevel.Complete => "HTNV",
        EvaluationLevel.NotComplete => "KHT",
        _ => throw new InputOutOfRangeException(nameof(level), level, "Unknown level."),
    };
}

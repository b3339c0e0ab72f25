using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

public static partial class Arbitraries
{
    private static readonly EvaluationLevel?[] HistoryLevels =
        [null, EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete, EvaluationLevel.NotComplete];

    /// <summary>State evaluation histories over 2015–2027 (a year may be missing, not rated, or at any level), and a year
    /// of that span that has no record.</summary>
    public static Gen<(EvaluationRecord[] Records, int FreeYear)> EvaluationHistoryWithFreeYear() =>
        from present in Gen.ArrayOf(Gen.Elements(true, true, true, false), 13)
        from levels in Gen.ArrayOf(Gen.Elements(HistoryLevels), 13)
        from free in Gen.Choose(0, 12)
        select (
            Enumerable.Range(0, 13).Where(i => present[i] && i != free).Select(i => new EvaluationRecord(2015 + i, EvaluationTrack.State, levels[i])).ToArray(),
            2015 + free);

    /// <summary>Dates asked, on both sides of every change of law the consequences know.</summary>
    public static Gen<LocalDate> ConsequenceDate() => Gen.Elements<LocalDate>(
        new(2013, 9, 14), new(2013, 9, 15), new(2020, 6, 30), new(2020, 7, 1), new(2022, 3, 1), new(2024, 12, 31),
        new(2025, 6, 30), new(2025, 7, 1), new(2025, 12, 31), new(2026, 1, 1), new(2027, 6, 1), new(2028, 1, 1));

    /// <summary>A history and its records shuffled.</summary>
    public static Gen<(EvaluationRecord[] Records, EvaluationRecord[] Shuffled)> ShuffledEvaluationHistory() =>
        from history in EvaluationHistoryWithFreeYear()
        from shuffled in Gen.Shuffle(history.Records)
        select (history.Records, shuffled);

    internal static IEnumerable<EvaluationRecord> WithNotComplete(this IEnumerable<EvaluationRecord> records, int year) =>
        records.Append(new EvaluationRecord(year, EvaluationTrack.State, EvaluationLevel.NotComplete));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.People;

/// <summary>The facts of a cadre that every family's catalogue offers (the evaluation levels of the year of the check
/// and the four before it, sex, ethnicity, discipline in those years), read through the family's own facts.</summary>
internal static class CadreFactDefinitions
{
    private static readonly ImmutableArray<ImmutableArray<string>> Levels =
    [
        ["HTXS", "Excellent", "Hoàn thành xuất sắc nhiệm vụ"],
        ["HTT", "Good", "Hoàn thành tốt nhiệm vụ"],
        ["HTNV", "Complete", "Hoàn thành nhiệm vụ"],
        ["KHT", "NotComplete", "Không hoàn thành nhiệm vụ"],
    ];

    /// <summary>The cadre's facts over <typeparamref name="TFacts"/>: <c>evaluation[year].level</c> …
    /// <c>evaluation[year-4].level</c> (the lowest level recorded that year, either track), <c>discipline.recentCount</c>
    /// (decisions in the year of the check and the four before it), <c>woman</c>, <c>ethnicMinority</c>.</summary>
    /// <param name="cadre">Reads the cadre.</param>
    /// <param name="year">Reads the year of the check.</param>
    /// <param name="whatYear">Says in both languages what the year of the check is (e.g. "the year the rotation starts").</param>
    public static IEnumerable<FactDefinition<TFacts>> For<TFacts>(Func<TFacts, Cadre> cadre, Func<TFacts, int> year, LocalizedText whatYear) =>
    [
        .. Enumerable.Range(0, 5).Select(back => FactDefinition<TFacts>.Scale(
            back == 0 ? "evaluation[year].level" : $"evaluation[year-{back}].level",
            new LocalizedText(
                (back == 0 ? "Mức xếp loại thấp nhất của năm" : $"Mức xếp loại thấp nhất của năm trước {back} năm so với năm") + " " + whatYear.Vietnamese + " (Đảng hoặc chính quyền)",
                $"The lowest level recorded for {(back == 0 ? "the year" : $"the year {back} before the year")} {whatYear.English} (Party or State)"),
            "HTT", Levels.Select(static names => names.AsEnumerable()), f => LowestLevel(cadre(f), year(f) - back) is { } level ? (int)level : null)),
        FactDefinition<TFacts>.Integer("discipline.recentCount", "decisions",
            new LocalizedText("Số quyết định kỷ luật trong năm " + whatYear.Vietnamese + " và bốn năm trước đó", "Discipline decisions in the year " + whatYear.English + " and the four years before"),
            "0", f => CountDiscipline(cadre(f), year(f))),
        FactDefinition<TFacts>.Boolean("woman", new LocalizedText("Là nữ", "Is a woman"), "true", f => cadre(f).Sex == Sex.Female),
        FactDefinition<TFacts>.Boolean("ethnicMinority", new LocalizedText("Là người dân tộc thiểu số", "Belongs to an ethnic minority"), "false", f => cadre(f).IsEthnicMinority),
    ];

    private static EvaluationLevel? LowestLevel(Cadre cadre, int year)
    {
        EvaluationLevel? lowest = null;
        foreach (EvaluationRecord record in cadre.Evaluations)
        {
            if (record.Year == year && record.Level is { } level && (lowest is null || level > lowest.Value))
            {
                lowest = level;
            }
        }

        return lowest;
    }

    private static long CountDiscipline(Cadre cadre, int year)
    {
        long count = 0;
        foreach (DisciplineRecord record in cadre.Discipline)
        {
            if (record.DecidedOn.Year <= year && record.DecidedOn.Year > year - 5)
            {
                count++;
            }
        }

        return count;
    }
}

using System;
using System.Collections.Generic;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.ArgumentChecks;

/// <summary>The library's argument errors, called directly (not through a document reader), read as the library's
/// own sentence: the parameter is named by <see cref="ArgumentException.ParamName"/>, not by a suffix in the text.</summary>
public class PlainMessageTests
{
    public static TheoryData<string, Func<object>> Refusals() => new()
    {
        { "value", () => new CadreId("  ") },
        { "entries", () => new EvaluationSheet(2025, [Entry("A"), Entry("a ")]) },
        { "rule", () => PlanningRegulations.Qd377.Code("Nope") },
        { "htxs.minScore", () => EvaluationRegulations.Get(EvaluationRegime.Qd366).Parameters.With([new("htxs.minScore", ParameterValue.FromInteger(60)), new("htnv.minScore", ParameterValue.FromInteger(95))]) },
        { "cadres", () => new Roster([new Cadre("A1", Sex.Male, BirthDate.OfYear(1970)), new Cadre("a1", Sex.Female, BirthDate.OfYear(1971))]) },
    };

    private static EvaluationEntry Entry(string id) => new(new CadreId(id), "U", "P", SubjectKind.PartyMember,
        new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 3), Score = new ScoreCard(28, 64) });

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refusal_NamesTheParameter_WithoutDotNetsSuffix(string parameter, Func<object> call)
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(call);

        Assert.Equal(parameter, error.ParamName);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value was", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
    }
}

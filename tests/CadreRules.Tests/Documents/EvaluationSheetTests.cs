using System;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The checks of an evaluation sheet and its entries when built in code.</summary>
public class EvaluationSheetTests
{
    private static EvaluationEntry Entry(string id, int year = 2025) =>
        new(id, "U", "G", SubjectKind.PartyMember, new EvaluationInput { Year = year, EvaluatedOn = new LocalDate(year, 12, 20), Role = EvaluationRole.NonLeader, Tasks = TaskCounts.AllOnTime(1) });

    [Fact]
    public void Sheet_NullEntry_NamesTheEntries() =>
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new EvaluationSheet(2025, [Entry("a"), null!])).ParamName);

    [Fact]
    public void Sheet_IdentifierTwice_SaysWhich()
    {
        ArgumentException e = Assert.Throws<InvalidInputException>(() => new EvaluationSheet(2025, [Entry("a"), Entry("b"), Entry("a")]));
        Assert.Equal("entries", e.ParamName);
        Assert.StartsWith("The identifier 'a' is used twice.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sheet_EntryOfAnotherYear_SaysWhichAndTheYears()
    {
        ArgumentException e = Assert.Throws<InvalidInputException>(() => new EvaluationSheet(2025, [Entry("a"), Entry("b", 2024)]));
        Assert.Equal("entries", e.ParamName);
        Assert.StartsWith("'b' is evaluated for 2024, not 2025.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_DefaultIdentifier_IsRefused()
    {
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 20), Role = EvaluationRole.NonLeader, Tasks = TaskCounts.AllOnTime(1) };
        ArgumentException e = Assert.Throws<InvalidInputException>(() => new EvaluationEntry(default, "U", "G", SubjectKind.PartyMember, input));
        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("An evaluation entry needs an identifier.", e.Message, StringComparison.Ordinal);
    }
}

using System;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.People;

public class EvaluationLevelNamesTests
{
    [Theory]
    [InlineData(EvaluationLevel.Excellent, "HTXS")]
    [InlineData(EvaluationLevel.Good, "HTT")]
    [InlineData(EvaluationLevel.Complete, "HTNV")]
    [InlineData(EvaluationLevel.NotComplete, "KHT")]
    public void Abbreviation_EachLevel_IsTheUsualAbbreviation(EvaluationLevel level, string abbreviation) =>
        Assert.Equal(abbreviation, EvaluationLevelNames.Abbreviation(level));

    [Fact]
    public void Abbreviation_UnknownLevel_ThrowsNamingLevel() =>
        Assert.Throws<InputOutOfRangeException>("level", () => EvaluationLevelNames.Abbreviation((EvaluationLevel)4));
}

using System.Text.Json;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The retirement report writer: months left are given from the birth date on.</summary>
public class RetirementMapperTests
{
    [Fact]
    public void RetirementReport_AsOfTheBirthDate_CountsMonthsLeft()
    {
        var cadre = new Cadre("A", Sex.Male, BirthDate.Of(1990, 5, 20));
        using JsonDocument onBirth = JsonDocument.Parse(CadreDocuments.WriteRetirementReport([cadre], new LocalDate(1990, 5, 20), Language.English));
        Assert.True(onBirth.RootElement.GetProperty("cadres")[0].TryGetProperty("monthsLeft", out JsonElement months));
        Assert.Equal(RetirementSchedule.For(cadre).MonthsLeftAt(new LocalDate(1990, 5, 20)), months.GetInt32());
        using JsonDocument before = JsonDocument.Parse(CadreDocuments.WriteRetirementReport([cadre], new LocalDate(1990, 5, 19), Language.English));
        Assert.False(before.RootElement.GetProperty("cadres")[0].TryGetProperty("monthsLeft", out _));
    }
}

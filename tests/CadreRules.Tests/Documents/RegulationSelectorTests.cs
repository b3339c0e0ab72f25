using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

public class RegulationSelectorTests
{
    [Theory]
    [InlineData("in force", null, null)]
    [InlineData("In Force", null, null)]
    [InlineData("in force on 2025-07-01", null, "2025-07-01")]
    [InlineData("  ser-test ", "ser-test", null)]
    public void TryParse_ThreeForms_Reads(string text, string? id, string? date)
    {
        Assert.True(RegulationSelector.TryParse(text, out RegulationSelector selector));
        Assert.Equal(id, selector.Id?.Value);
        Assert.Equal(date, selector.InForceOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("in force on 2025-02-30")]
    [InlineData("in force on tomorrow")]
    [InlineData("not an id")]
    public void TryParse_Other_Fails(string? text) => Assert.False(RegulationSelector.TryParse(text, out _));

    [Theory]
    [InlineData("in force")]
    [InlineData("in force on 2025-07-01")]
    [InlineData("ser-test")]
    public void ToString_ParsesBack(string text)
    {
        Assert.True(RegulationSelector.TryParse(text, out RegulationSelector selector));
        Assert.True(RegulationSelector.TryParse(selector.ToString(), out RegulationSelector again));
        Assert.Equal(selector, again);
    }

    [Fact]
    public void Resolve_ById_ReturnsTheRegulation() =>
        Assert.Equal("ser-test", RegulationSelector.ById("ser-test").Resolve(SerializationTestRegulation.Catalog, RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2025, 1, 1)).Id.Value);

    [Fact]
    public void Resolve_InForce_UsesTheDateAsked() =>
        Assert.Throws<RegulationNotFoundException>(() => RegulationSelector.InForce.Resolve(SerializationTestRegulation.Catalog, RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2019, 12, 31)));

    [Fact]
    public void Resolve_InForceOn_OverridesTheDateAsked() =>
        Assert.Equal("ser-test", RegulationSelector.InForceOnDate(new LocalDate(2020, 1, 1)).Resolve(SerializationTestRegulation.Catalog, RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2019, 1, 1)).Id.Value);

    [Fact]
    public void Resolve_IdOfAnotherTopic_Throws() =>
        Assert.Throws<RegulationNotFoundException>(() => RegulationSelector.ById("ser-test").Resolve(SerializationTestRegulation.Catalog, RegulationTopic.Planning, SubjectKind.PartyMember, new LocalDate(2025, 1, 1)));

    [Fact]
    public void Resolve_UnknownId_Throws() =>
        Assert.Throws<RegulationNotFoundException>(() => RegulationSelector.ById("no-such").Resolve(SerializationTestRegulation.Catalog, RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2025, 1, 1)));
}

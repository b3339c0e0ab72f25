using CadreRules.Cli;
using CadreRules.Rules;
using CadreRules.Tests.Documents;
using NodaTime;

namespace CadreRules.Tests.Cli;

public class CliInputTests
{
    private static readonly LocalDate AsOf = new(2025, 1, 1);

    [Theory]
    [InlineData(null)]
    [InlineData("in force")]
    [InlineData("in force on 2024-01-01")]
    [InlineData("in force on 01/01/2024")]
    [InlineData("In Force On 1/1/2024")]
    [InlineData("ser-test")]
    public void Regulation_Selected_IsFound(string? selector) =>
        Assert.Equal("ser-test", CliInput.Regulation(SerializationTestRegulation.Catalog, selector, RegulationTopic.Evaluation, SubjectKind.PartyMember, AsOf, Language.English).Id.Value);

    [Theory]
    [InlineData("no-such")]
    [InlineData("in force on 2019-01-01")]
    [InlineData("in force on 2019-02-30")]
    [InlineData("in force on 30/02/2019")]
    [InlineData("two words")]
    public void Regulation_BadSelector_IsBadInputNamingTheOption(string selector) =>
        Assert.StartsWith("--regulation: ", Assert.Throws<CliInputException>(() =>
            CliInput.Regulation(SerializationTestRegulation.Catalog, selector, RegulationTopic.Evaluation, SubjectKind.PartyMember, AsOf, Language.English)).Message, System.StringComparison.Ordinal);
}

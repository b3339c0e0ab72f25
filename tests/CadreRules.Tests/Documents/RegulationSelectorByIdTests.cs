using System;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

public class RegulationSelectorByIdTests
{
    [Fact]
    public void ById_EmptyId_Throws() =>
        Assert.Equal("id", Assert.Throws<InvalidInputException>(() => RegulationSelector.ById(default(RegulationId))).ParamName);

    [Fact]
    public void ById_Id_IsKept() =>
        Assert.Equal(new RegulationId("ser-test"), RegulationSelector.ById(new RegulationId("ser-test")).Id);
}

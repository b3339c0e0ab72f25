using System;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Rules;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// Every evaluation regime is one definition (a small class over <see cref="EvaluationRegimeDefinition"/>) whose named,
/// documented, cited parameters, with the quota's, are exactly the regulation's parameters, and whose ladders the
/// regulation uses as built.
/// </summary>
public class RegimeDefinitionTests
{
    public static TheoryData<EvaluationRegime> Regimes() => [.. Enum.GetValues<EvaluationRegime>()];

    [Fact]
    public void EachRegime_HasItsOwnDefinition()
    {
        EvaluationRegimeDefinition[] definitions = [.. Enum.GetValues<EvaluationRegime>().Select(Definition)];

        Assert.Equal(definitions.Length, definitions.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void RegulationParameters_AreTheDefinitionsSchemaAndTheQuotas(EvaluationRegime regime)
    {
        EvaluationRegulation regulation = EvaluationRegulations.Get(regime);
        EvaluationRegimeDefinition definition = Definition(regime);

        string[] expected = [.. definition.Schema.Select(d => d.Key).Concat(EvaluationQuotaDefinition.SchemaOf(regime).Select(d => d.Key))];

        Assert.Equal(expected, regulation.Parameters.Schema.Select(d => d.Key));
        Assert.Equal(expected.Length, expected.Distinct(StringComparer.Ordinal).Count());
        Assert.All(definition.Schema, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Description.Vietnamese), d.Key);
            Assert.False(string.IsNullOrWhiteSpace(d.Description.English), d.Key);
            Assert.NotNull(d.Citation);
        });
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void TheRegulationsLadders_AreTheDefinitionsBuiltFromTheDefaults(EvaluationRegime regime)
    {
        EvaluationRegulation regulation = EvaluationRegulations.Get(regime);
        RegimeRules built = Definition(regime).Build(regulation.Parameters);

        foreach (EvaluationRole role in Enum.GetValues<EvaluationRole>())
        {
            Assert.Equal(built.LadderFor(role) is not null, regulation.Supports(role));
            if (built.LadderFor(role) is { } ladder)
            {
                Assert.Equal(
                    ladder.Steps.SelectMany(s => s.Guard.Flatten()).Select(r => r.Code.Value),
                    regulation.LadderFor(role).Steps.SelectMany(s => s.Guard.Flatten()).Select(r => r.Code.Value));
            }
        }
    }

    private static EvaluationRegimeDefinition Definition(EvaluationRegime regime) => EvaluationRegulation.DefinitionOf(regime);
}
